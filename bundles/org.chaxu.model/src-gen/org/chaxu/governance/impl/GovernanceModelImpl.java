/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Date;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Negotiation;

import org.chaxu.governance.Standard;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getArrangements <em>Arrangements</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getNegotiations <em>Negotiations</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.GovernanceModelImpl#getStandards <em>Standards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceModelImpl extends MinimalEObjectImpl.Container implements GovernanceModel {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final Date AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected Date asOf = AS_OF_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<AdministrativeUnit> units;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getArrangements() <em>Arrangements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangements()
	 * @generated
	 * @ordered
	 */
	protected EList<Arrangement> arrangements;

	/**
	 * The cached value of the '{@link #getNegotiations() <em>Negotiations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegotiations()
	 * @generated
	 * @ordered
	 */
	protected EList<Negotiation> negotiations;

	/**
	 * The cached value of the '{@link #getStandards() <em>Standards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<Standard> standards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.GOVERNANCE_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_MODEL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(Date newAsOf) {
		Date oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_MODEL__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_MODEL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdministrativeUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<AdministrativeUnit>(AdministrativeUnit.class, this, GovernancePackage.GOVERNANCE_MODEL__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, GovernancePackage.GOVERNANCE_MODEL__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arrangement> getArrangements() {
		if (arrangements == null) {
			arrangements = new EObjectContainmentEList<Arrangement>(Arrangement.class, this, GovernancePackage.GOVERNANCE_MODEL__ARRANGEMENTS);
		}
		return arrangements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Negotiation> getNegotiations() {
		if (negotiations == null) {
			negotiations = new EObjectContainmentEList<Negotiation>(Negotiation.class, this, GovernancePackage.GOVERNANCE_MODEL__NEGOTIATIONS);
		}
		return negotiations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Standard> getStandards() {
		if (standards == null) {
			standards = new EObjectContainmentEList<Standard>(Standard.class, this, GovernancePackage.GOVERNANCE_MODEL__STANDARDS);
		}
		return standards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public AdministrativeUnit lowestCommonSuperior(EList<AdministrativeUnit> units) {
		return org.chaxu.governance.logic.Hierarchy.lowestCommonSuperior(units);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.GOVERNANCE_MODEL__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__ARRANGEMENTS:
				return ((InternalEList<?>)getArrangements()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__NEGOTIATIONS:
				return ((InternalEList<?>)getNegotiations()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__STANDARDS:
				return ((InternalEList<?>)getStandards()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.GOVERNANCE_MODEL__NAME:
				return getName();
			case GovernancePackage.GOVERNANCE_MODEL__AS_OF:
				return getAsOf();
			case GovernancePackage.GOVERNANCE_MODEL__DESCRIPTION:
				return getDescription();
			case GovernancePackage.GOVERNANCE_MODEL__UNITS:
				return getUnits();
			case GovernancePackage.GOVERNANCE_MODEL__INDICATORS:
				return getIndicators();
			case GovernancePackage.GOVERNANCE_MODEL__ARRANGEMENTS:
				return getArrangements();
			case GovernancePackage.GOVERNANCE_MODEL__NEGOTIATIONS:
				return getNegotiations();
			case GovernancePackage.GOVERNANCE_MODEL__STANDARDS:
				return getStandards();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.GOVERNANCE_MODEL__NAME:
				setName((String)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__AS_OF:
				setAsOf((Date)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends AdministrativeUnit>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__ARRANGEMENTS:
				getArrangements().clear();
				getArrangements().addAll((Collection<? extends Arrangement>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__NEGOTIATIONS:
				getNegotiations().clear();
				getNegotiations().addAll((Collection<? extends Negotiation>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__STANDARDS:
				getStandards().clear();
				getStandards().addAll((Collection<? extends Standard>)newValue);
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
			case GovernancePackage.GOVERNANCE_MODEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__UNITS:
				getUnits().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__INDICATORS:
				getIndicators().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__ARRANGEMENTS:
				getArrangements().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__NEGOTIATIONS:
				getNegotiations().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__STANDARDS:
				getStandards().clear();
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
			case GovernancePackage.GOVERNANCE_MODEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GovernancePackage.GOVERNANCE_MODEL__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case GovernancePackage.GOVERNANCE_MODEL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GovernancePackage.GOVERNANCE_MODEL__UNITS:
				return units != null && !units.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__ARRANGEMENTS:
				return arrangements != null && !arrangements.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__NEGOTIATIONS:
				return negotiations != null && !negotiations.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__STANDARDS:
				return standards != null && !standards.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case GovernancePackage.GOVERNANCE_MODEL___LOWEST_COMMON_SUPERIOR__ELIST:
				return lowestCommonSuperior((EList<AdministrativeUnit>)arguments.get(0));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", asOf: ");
		result.append(asOf);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //GovernanceModelImpl
