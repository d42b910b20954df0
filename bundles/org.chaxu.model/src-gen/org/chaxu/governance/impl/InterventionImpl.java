/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.util.Collection;
import java.util.Date;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionMeans;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Negotiation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getIntervener <em>Intervener</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getMeans <em>Means</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getExitCondition <em>Exit Condition</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.InterventionImpl#getEscalatedFrom <em>Escalated From</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterventionImpl extends ElementImpl implements Intervention {
	/**
	 * The cached value of the '{@link #getIntervener() <em>Intervener</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervener()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeUnit intervener;

	/**
	 * The cached value of the '{@link #getMeans() <em>Means</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeans()
	 * @generated
	 * @ordered
	 */
	protected EList<InterventionMeans> means;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitCondition() <em>Exit Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String EXIT_CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitCondition() <em>Exit Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCondition()
	 * @generated
	 * @ordered
	 */
	protected String exitCondition = EXIT_CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final InterventionOutcome OUTCOME_EDEFAULT = InterventionOutcome.ONGOING;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected InterventionOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEscalatedFrom() <em>Escalated From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalatedFrom()
	 * @generated
	 * @ordered
	 */
	protected Intervention escalatedFrom;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.INTERVENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit getIntervener() {
		if (intervener != null && intervener.eIsProxy()) {
			InternalEObject oldIntervener = (InternalEObject)intervener;
			intervener = (AdministrativeUnit)eResolveProxy(oldIntervener);
			if (intervener != oldIntervener) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.INTERVENTION__INTERVENER, oldIntervener, intervener));
			}
		}
		return intervener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeUnit basicGetIntervener() {
		return intervener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervener(AdministrativeUnit newIntervener) {
		AdministrativeUnit oldIntervener = intervener;
		intervener = newIntervener;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.INTERVENTION__INTERVENER, oldIntervener, intervener));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Negotiation getTarget() {
		if (eContainerFeatureID() != GovernancePackage.INTERVENTION__TARGET) return null;
		return (Negotiation)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterventionMeans> getMeans() {
		if (means == null) {
			means = new EDataTypeUniqueEList<InterventionMeans>(InterventionMeans.class, this, GovernancePackage.INTERVENTION__MEANS);
		}
		return means;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart) {
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.INTERVENTION__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd) {
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.INTERVENTION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExitCondition() {
		return exitCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitCondition(String newExitCondition) {
		String oldExitCondition = exitCondition;
		exitCondition = newExitCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.INTERVENTION__EXIT_CONDITION, oldExitCondition, exitCondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterventionOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(InterventionOutcome newOutcome) {
		InterventionOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.INTERVENTION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention getEscalatedFrom() {
		if (escalatedFrom != null && escalatedFrom.eIsProxy()) {
			InternalEObject oldEscalatedFrom = (InternalEObject)escalatedFrom;
			escalatedFrom = (Intervention)eResolveProxy(oldEscalatedFrom);
			if (escalatedFrom != oldEscalatedFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.INTERVENTION__ESCALATED_FROM, oldEscalatedFrom, escalatedFrom));
			}
		}
		return escalatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Intervention basicGetEscalatedFrom() {
		return escalatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalatedFrom(Intervention newEscalatedFrom) {
		Intervention oldEscalatedFrom = escalatedFrom;
		escalatedFrom = newEscalatedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.INTERVENTION__ESCALATED_FROM, oldEscalatedFrom, escalatedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.INTERVENTION__TARGET:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, GovernancePackage.INTERVENTION__TARGET, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.INTERVENTION__TARGET:
				return eBasicSetContainer(null, GovernancePackage.INTERVENTION__TARGET, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case GovernancePackage.INTERVENTION__TARGET:
				return eInternalContainer().eInverseRemove(this, GovernancePackage.NEGOTIATION__INTERVENTIONS, Negotiation.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.INTERVENTION__INTERVENER:
				if (resolve) return getIntervener();
				return basicGetIntervener();
			case GovernancePackage.INTERVENTION__TARGET:
				return getTarget();
			case GovernancePackage.INTERVENTION__MEANS:
				return getMeans();
			case GovernancePackage.INTERVENTION__START:
				return getStart();
			case GovernancePackage.INTERVENTION__END:
				return getEnd();
			case GovernancePackage.INTERVENTION__EXIT_CONDITION:
				return getExitCondition();
			case GovernancePackage.INTERVENTION__OUTCOME:
				return getOutcome();
			case GovernancePackage.INTERVENTION__ESCALATED_FROM:
				if (resolve) return getEscalatedFrom();
				return basicGetEscalatedFrom();
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
			case GovernancePackage.INTERVENTION__INTERVENER:
				setIntervener((AdministrativeUnit)newValue);
				return;
			case GovernancePackage.INTERVENTION__MEANS:
				getMeans().clear();
				getMeans().addAll((Collection<? extends InterventionMeans>)newValue);
				return;
			case GovernancePackage.INTERVENTION__START:
				setStart((Date)newValue);
				return;
			case GovernancePackage.INTERVENTION__END:
				setEnd((Date)newValue);
				return;
			case GovernancePackage.INTERVENTION__EXIT_CONDITION:
				setExitCondition((String)newValue);
				return;
			case GovernancePackage.INTERVENTION__OUTCOME:
				setOutcome((InterventionOutcome)newValue);
				return;
			case GovernancePackage.INTERVENTION__ESCALATED_FROM:
				setEscalatedFrom((Intervention)newValue);
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
			case GovernancePackage.INTERVENTION__INTERVENER:
				setIntervener((AdministrativeUnit)null);
				return;
			case GovernancePackage.INTERVENTION__MEANS:
				getMeans().clear();
				return;
			case GovernancePackage.INTERVENTION__START:
				setStart(START_EDEFAULT);
				return;
			case GovernancePackage.INTERVENTION__END:
				setEnd(END_EDEFAULT);
				return;
			case GovernancePackage.INTERVENTION__EXIT_CONDITION:
				setExitCondition(EXIT_CONDITION_EDEFAULT);
				return;
			case GovernancePackage.INTERVENTION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case GovernancePackage.INTERVENTION__ESCALATED_FROM:
				setEscalatedFrom((Intervention)null);
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
			case GovernancePackage.INTERVENTION__INTERVENER:
				return intervener != null;
			case GovernancePackage.INTERVENTION__TARGET:
				return getTarget() != null;
			case GovernancePackage.INTERVENTION__MEANS:
				return means != null && !means.isEmpty();
			case GovernancePackage.INTERVENTION__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case GovernancePackage.INTERVENTION__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case GovernancePackage.INTERVENTION__EXIT_CONDITION:
				return EXIT_CONDITION_EDEFAULT == null ? exitCondition != null : !EXIT_CONDITION_EDEFAULT.equals(exitCondition);
			case GovernancePackage.INTERVENTION__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case GovernancePackage.INTERVENTION__ESCALATED_FROM:
				return escalatedFrom != null;
		}
		return super.eIsSet(featureID);
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
		result.append(" (means: ");
		result.append(means);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", exitCondition: ");
		result.append(exitCondition);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //InterventionImpl
