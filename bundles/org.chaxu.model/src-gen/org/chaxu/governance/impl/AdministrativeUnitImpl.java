/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.lang.reflect.InvocationTargetException;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Level;
import org.chaxu.governance.Rank;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Administrative Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.AdministrativeUnitImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.AdministrativeUnitImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.AdministrativeUnitImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.AdministrativeUnitImpl#getSuperior <em>Superior</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdministrativeUnitImpl extends IssuerImpl implements AdministrativeUnit {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Level LEVEL_EDEFAULT = Level.CENTRAL;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected Level level = LEVEL_EDEFAULT;

	/**
	 * This is true if the Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean levelESet;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final Rank RANK_EDEFAULT = Rank.NATIONAL;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected Rank rank = RANK_EDEFAULT;

	/**
	 * This is true if the Rank attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rankESet;

	/**
	 * The cached value of the '{@link #getSuperior() <em>Superior</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuperior()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeUnit superior;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdministrativeUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.ADMINISTRATIVE_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ADMINISTRATIVE_UNIT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(Level newLevel) {
		Level oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		boolean oldLevelESet = levelESet;
		levelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ADMINISTRATIVE_UNIT__LEVEL, oldLevel, level, !oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLevel() {
		Level oldLevel = level;
		boolean oldLevelESet = levelESet;
		level = LEVEL_EDEFAULT;
		levelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GovernancePackage.ADMINISTRATIVE_UNIT__LEVEL, oldLevel, LEVEL_EDEFAULT, oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLevel() {
		return levelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rank getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(Rank newRank) {
		Rank oldRank = rank;
		rank = newRank == null ? RANK_EDEFAULT : newRank;
		boolean oldRankESet = rankESet;
		rankESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ADMINISTRATIVE_UNIT__RANK, oldRank, rank, !oldRankESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRank() {
		Rank oldRank = rank;
		boolean oldRankESet = rankESet;
		rank = RANK_EDEFAULT;
		rankESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GovernancePackage.ADMINISTRATIVE_UNIT__RANK, oldRank, RANK_EDEFAULT, oldRankESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRank() {
		return rankESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit getSuperior() {
		if (superior != null && superior.eIsProxy()) {
			InternalEObject oldSuperior = (InternalEObject)superior;
			superior = (AdministrativeUnit)eResolveProxy(oldSuperior);
			if (superior != oldSuperior) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.ADMINISTRATIVE_UNIT__SUPERIOR, oldSuperior, superior));
			}
		}
		return superior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeUnit basicGetSuperior() {
		return superior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuperior(AdministrativeUnit newSuperior) {
		AdministrativeUnit oldSuperior = superior;
		superior = newSuperior;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ADMINISTRATIVE_UNIT__SUPERIOR, oldSuperior, superior));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean isAbove(AdministrativeUnit other) {
		return org.chaxu.governance.logic.Hierarchy.isAbove(this, other);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EList<AdministrativeUnit> superiorChain() {
		return org.eclipse.emf.common.util.ECollections.unmodifiableEList(new org.eclipse.emf.common.util.BasicEList<>(org.chaxu.governance.logic.Hierarchy.superiorChain(this)));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.ADMINISTRATIVE_UNIT__CODE:
				return getCode();
			case GovernancePackage.ADMINISTRATIVE_UNIT__LEVEL:
				return getLevel();
			case GovernancePackage.ADMINISTRATIVE_UNIT__RANK:
				return getRank();
			case GovernancePackage.ADMINISTRATIVE_UNIT__SUPERIOR:
				if (resolve) return getSuperior();
				return basicGetSuperior();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.ADMINISTRATIVE_UNIT__CODE:
				setCode((String)newValue);
				return;
			case GovernancePackage.ADMINISTRATIVE_UNIT__LEVEL:
				setLevel((Level)newValue);
				return;
			case GovernancePackage.ADMINISTRATIVE_UNIT__RANK:
				setRank((Rank)newValue);
				return;
			case GovernancePackage.ADMINISTRATIVE_UNIT__SUPERIOR:
				setSuperior((AdministrativeUnit)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovernancePackage.ADMINISTRATIVE_UNIT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case GovernancePackage.ADMINISTRATIVE_UNIT__LEVEL:
				unsetLevel();
				return;
			case GovernancePackage.ADMINISTRATIVE_UNIT__RANK:
				unsetRank();
				return;
			case GovernancePackage.ADMINISTRATIVE_UNIT__SUPERIOR:
				setSuperior((AdministrativeUnit)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovernancePackage.ADMINISTRATIVE_UNIT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case GovernancePackage.ADMINISTRATIVE_UNIT__LEVEL:
				return isSetLevel();
			case GovernancePackage.ADMINISTRATIVE_UNIT__RANK:
				return isSetRank();
			case GovernancePackage.ADMINISTRATIVE_UNIT__SUPERIOR:
				return superior != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case GovernancePackage.ADMINISTRATIVE_UNIT___IS_ABOVE__ADMINISTRATIVEUNIT:
				return isAbove((AdministrativeUnit)arguments.get(0));
			case GovernancePackage.ADMINISTRATIVE_UNIT___SUPERIOR_CHAIN:
				return superiorChain();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", level: ");
		if (levelESet) result.append(level); else result.append("<unset>");
		result.append(", rank: ");
		if (rankESet) result.append(rank); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //AdministrativeUnitImpl
