/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Date;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getIssuedBy <em>Issued By</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#isBinding <em>Binding</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getSourceDate <em>Source Date</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.StandardImpl#getEffectiveUntil <em>Effective Until</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardImpl extends ElementImpl implements Standard {
	/**
	 * The cached value of the '{@link #getIssuedBy() <em>Issued By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedBy()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeUnit issuedBy;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected Indicator indicator;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Date DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected Date deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBinding() <em>Binding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinding()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BINDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBinding() <em>Binding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinding()
	 * @generated
	 * @ordered
	 */
	protected boolean binding = BINDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceDate() <em>Source Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date SOURCE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceDate() <em>Source Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDate()
	 * @generated
	 * @ordered
	 */
	protected Date sourceDate = SOURCE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date EFFECTIVE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected Date effectiveFrom = EFFECTIVE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveUntil() <em>Effective Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Date EFFECTIVE_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveUntil() <em>Effective Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveUntil()
	 * @generated
	 * @ordered
	 */
	protected Date effectiveUntil = EFFECTIVE_UNTIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.STANDARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Issuer getIssuer() {
		Issuer issuer = basicGetIssuer();
		return issuer != null && issuer.eIsProxy() ? (Issuer)eResolveProxy((InternalEObject)issuer) : issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * The issuer that contains this standard, else the one it names by {@code issuedBy}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public Issuer basicGetIssuer() {
		return eInternalContainer() instanceof Issuer container ? container : basicGetIssuedBy();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit getIssuedBy() {
		if (issuedBy != null && issuedBy.eIsProxy()) {
			InternalEObject oldIssuedBy = (InternalEObject)issuedBy;
			issuedBy = (AdministrativeUnit)eResolveProxy(oldIssuedBy);
			if (issuedBy != oldIssuedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.STANDARD__ISSUED_BY, oldIssuedBy, issuedBy));
			}
		}
		return issuedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeUnit basicGetIssuedBy() {
		return issuedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedBy(AdministrativeUnit newIssuedBy) {
		AdministrativeUnit oldIssuedBy = issuedBy;
		issuedBy = newIssuedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__ISSUED_BY, oldIssuedBy, issuedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getIndicator() {
		if (indicator != null && indicator.eIsProxy()) {
			InternalEObject oldIndicator = (InternalEObject)indicator;
			indicator = (Indicator)eResolveProxy(oldIndicator);
			if (indicator != oldIndicator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.STANDARD__INDICATOR, oldIndicator, indicator));
			}
		}
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Indicator basicGetIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(Indicator newIndicator) {
		Indicator oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue) {
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(Date newDeadline) {
		Date oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBinding() {
		return binding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinding(boolean newBinding) {
		boolean oldBinding = binding;
		binding = newBinding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__BINDING, oldBinding, binding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSourceDate() {
		return sourceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceDate(Date newSourceDate) {
		Date oldSourceDate = sourceDate;
		sourceDate = newSourceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__SOURCE_DATE, oldSourceDate, sourceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEffectiveFrom() {
		return effectiveFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveFrom(Date newEffectiveFrom) {
		Date oldEffectiveFrom = effectiveFrom;
		effectiveFrom = newEffectiveFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__EFFECTIVE_FROM, oldEffectiveFrom, effectiveFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEffectiveUntil() {
		return effectiveUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveUntil(Date newEffectiveUntil) {
		Date oldEffectiveUntil = effectiveUntil;
		effectiveUntil = newEffectiveUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STANDARD__EFFECTIVE_UNTIL, oldEffectiveUntil, effectiveUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Strictness compareTo(Standard other) {
		return org.chaxu.governance.logic.Comparisons.compare(this, other);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String effectiveUnit() {
		return org.chaxu.governance.logic.Comparisons.effectiveUnit(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.STANDARD__ISSUER:
				if (resolve) return getIssuer();
				return basicGetIssuer();
			case GovernancePackage.STANDARD__ISSUED_BY:
				if (resolve) return getIssuedBy();
				return basicGetIssuedBy();
			case GovernancePackage.STANDARD__INDICATOR:
				if (resolve) return getIndicator();
				return basicGetIndicator();
			case GovernancePackage.STANDARD__SECTOR:
				return getSector();
			case GovernancePackage.STANDARD__VALUE:
				return getValue();
			case GovernancePackage.STANDARD__UNIT:
				return getUnit();
			case GovernancePackage.STANDARD__DEADLINE:
				return getDeadline();
			case GovernancePackage.STANDARD__BINDING:
				return isBinding();
			case GovernancePackage.STANDARD__SOURCE:
				return getSource();
			case GovernancePackage.STANDARD__SOURCE_DATE:
				return getSourceDate();
			case GovernancePackage.STANDARD__EFFECTIVE_FROM:
				return getEffectiveFrom();
			case GovernancePackage.STANDARD__EFFECTIVE_UNTIL:
				return getEffectiveUntil();
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
			case GovernancePackage.STANDARD__ISSUED_BY:
				setIssuedBy((AdministrativeUnit)newValue);
				return;
			case GovernancePackage.STANDARD__INDICATOR:
				setIndicator((Indicator)newValue);
				return;
			case GovernancePackage.STANDARD__SECTOR:
				setSector((String)newValue);
				return;
			case GovernancePackage.STANDARD__VALUE:
				setValue((Double)newValue);
				return;
			case GovernancePackage.STANDARD__UNIT:
				setUnit((String)newValue);
				return;
			case GovernancePackage.STANDARD__DEADLINE:
				setDeadline((Date)newValue);
				return;
			case GovernancePackage.STANDARD__BINDING:
				setBinding((Boolean)newValue);
				return;
			case GovernancePackage.STANDARD__SOURCE:
				setSource((String)newValue);
				return;
			case GovernancePackage.STANDARD__SOURCE_DATE:
				setSourceDate((Date)newValue);
				return;
			case GovernancePackage.STANDARD__EFFECTIVE_FROM:
				setEffectiveFrom((Date)newValue);
				return;
			case GovernancePackage.STANDARD__EFFECTIVE_UNTIL:
				setEffectiveUntil((Date)newValue);
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
			case GovernancePackage.STANDARD__ISSUED_BY:
				setIssuedBy((AdministrativeUnit)null);
				return;
			case GovernancePackage.STANDARD__INDICATOR:
				setIndicator((Indicator)null);
				return;
			case GovernancePackage.STANDARD__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__BINDING:
				setBinding(BINDING_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__SOURCE_DATE:
				setSourceDate(SOURCE_DATE_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__EFFECTIVE_FROM:
				setEffectiveFrom(EFFECTIVE_FROM_EDEFAULT);
				return;
			case GovernancePackage.STANDARD__EFFECTIVE_UNTIL:
				setEffectiveUntil(EFFECTIVE_UNTIL_EDEFAULT);
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
			case GovernancePackage.STANDARD__ISSUER:
				return basicGetIssuer() != null;
			case GovernancePackage.STANDARD__ISSUED_BY:
				return issuedBy != null;
			case GovernancePackage.STANDARD__INDICATOR:
				return indicator != null;
			case GovernancePackage.STANDARD__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case GovernancePackage.STANDARD__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case GovernancePackage.STANDARD__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case GovernancePackage.STANDARD__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case GovernancePackage.STANDARD__BINDING:
				return binding != BINDING_EDEFAULT;
			case GovernancePackage.STANDARD__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case GovernancePackage.STANDARD__SOURCE_DATE:
				return SOURCE_DATE_EDEFAULT == null ? sourceDate != null : !SOURCE_DATE_EDEFAULT.equals(sourceDate);
			case GovernancePackage.STANDARD__EFFECTIVE_FROM:
				return EFFECTIVE_FROM_EDEFAULT == null ? effectiveFrom != null : !EFFECTIVE_FROM_EDEFAULT.equals(effectiveFrom);
			case GovernancePackage.STANDARD__EFFECTIVE_UNTIL:
				return EFFECTIVE_UNTIL_EDEFAULT == null ? effectiveUntil != null : !EFFECTIVE_UNTIL_EDEFAULT.equals(effectiveUntil);
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
			case GovernancePackage.STANDARD___COMPARE_TO__STANDARD:
				return compareTo((Standard)arguments.get(0));
			case GovernancePackage.STANDARD___EFFECTIVE_UNIT:
				return effectiveUnit();
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
		result.append(" (sector: ");
		result.append(sector);
		result.append(", value: ");
		result.append(value);
		result.append(", unit: ");
		result.append(unit);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", binding: ");
		result.append(binding);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceDate: ");
		result.append(sourceDate);
		result.append(", effectiveFrom: ");
		result.append(effectiveFrom);
		result.append(", effectiveUntil: ");
		result.append(effectiveUntil);
		result.append(')');
		return result.toString();
	}

} //StandardImpl
