/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Date;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Negotiation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getVenue <em>Venue</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.NegotiationImpl#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NegotiationImpl extends ElementImpl implements Negotiation {
	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<AdministrativeUnit> parties;

	/**
	 * The cached value of the '{@link #getVenue() <em>Venue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVenue()
	 * @generated
	 * @ordered
	 */
	protected Arrangement venue;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final NegotiationStatus STATUS_EDEFAULT = NegotiationStatus.ONGOING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected NegotiationStatus status = STATUS_EDEFAULT;

	/**
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

	/**
	 * The default value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected static final Date STATUS_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected Date statusSince = STATUS_SINCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<Agreement> agreements;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NegotiationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.NEGOTIATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.NEGOTIATION__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdministrativeUnit> getParties() {
		if (parties == null) {
			parties = new EObjectResolvingEList<AdministrativeUnit>(AdministrativeUnit.class, this, GovernancePackage.NEGOTIATION__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arrangement getVenue() {
		if (venue != null && venue.eIsProxy()) {
			InternalEObject oldVenue = (InternalEObject)venue;
			venue = (Arrangement)eResolveProxy(oldVenue);
			if (venue != oldVenue) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.NEGOTIATION__VENUE, oldVenue, venue));
			}
		}
		return venue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arrangement basicGetVenue() {
		return venue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVenue(Arrangement newVenue) {
		Arrangement oldVenue = venue;
		venue = newVenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.NEGOTIATION__VENUE, oldVenue, venue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.NEGOTIATION__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NegotiationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(NegotiationStatus newStatus) {
		NegotiationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.NEGOTIATION__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus() {
		NegotiationStatus oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GovernancePackage.NEGOTIATION__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus() {
		return statusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStatusSince() {
		return statusSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusSince(Date newStatusSince) {
		Date oldStatusSince = statusSince;
		statusSince = newStatusSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.NEGOTIATION__STATUS_SINCE, oldStatusSince, statusSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectContainmentEList<Agreement>(Agreement.class, this, GovernancePackage.NEGOTIATION__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentWithInverseEList<Intervention>(Intervention.class, this, GovernancePackage.NEGOTIATION__INTERVENTIONS, GovernancePackage.INTERVENTION__TARGET);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public AdministrativeUnit directSuperior() {
		return org.chaxu.governance.logic.Hierarchy.lowestCommonSuperior(getParties());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.NEGOTIATION__INTERVENTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getInterventions()).basicAdd(otherEnd, msgs);
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
			case GovernancePackage.NEGOTIATION__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
			case GovernancePackage.NEGOTIATION__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.NEGOTIATION__TOPIC:
				return getTopic();
			case GovernancePackage.NEGOTIATION__PARTIES:
				return getParties();
			case GovernancePackage.NEGOTIATION__VENUE:
				if (resolve) return getVenue();
				return basicGetVenue();
			case GovernancePackage.NEGOTIATION__STARTED:
				return getStarted();
			case GovernancePackage.NEGOTIATION__STATUS:
				return getStatus();
			case GovernancePackage.NEGOTIATION__STATUS_SINCE:
				return getStatusSince();
			case GovernancePackage.NEGOTIATION__AGREEMENTS:
				return getAgreements();
			case GovernancePackage.NEGOTIATION__INTERVENTIONS:
				return getInterventions();
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
			case GovernancePackage.NEGOTIATION__TOPIC:
				setTopic((String)newValue);
				return;
			case GovernancePackage.NEGOTIATION__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends AdministrativeUnit>)newValue);
				return;
			case GovernancePackage.NEGOTIATION__VENUE:
				setVenue((Arrangement)newValue);
				return;
			case GovernancePackage.NEGOTIATION__STARTED:
				setStarted((Date)newValue);
				return;
			case GovernancePackage.NEGOTIATION__STATUS:
				setStatus((NegotiationStatus)newValue);
				return;
			case GovernancePackage.NEGOTIATION__STATUS_SINCE:
				setStatusSince((Date)newValue);
				return;
			case GovernancePackage.NEGOTIATION__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends Agreement>)newValue);
				return;
			case GovernancePackage.NEGOTIATION__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
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
			case GovernancePackage.NEGOTIATION__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case GovernancePackage.NEGOTIATION__PARTIES:
				getParties().clear();
				return;
			case GovernancePackage.NEGOTIATION__VENUE:
				setVenue((Arrangement)null);
				return;
			case GovernancePackage.NEGOTIATION__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case GovernancePackage.NEGOTIATION__STATUS:
				unsetStatus();
				return;
			case GovernancePackage.NEGOTIATION__STATUS_SINCE:
				setStatusSince(STATUS_SINCE_EDEFAULT);
				return;
			case GovernancePackage.NEGOTIATION__AGREEMENTS:
				getAgreements().clear();
				return;
			case GovernancePackage.NEGOTIATION__INTERVENTIONS:
				getInterventions().clear();
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
			case GovernancePackage.NEGOTIATION__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case GovernancePackage.NEGOTIATION__PARTIES:
				return parties != null && !parties.isEmpty();
			case GovernancePackage.NEGOTIATION__VENUE:
				return venue != null;
			case GovernancePackage.NEGOTIATION__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case GovernancePackage.NEGOTIATION__STATUS:
				return isSetStatus();
			case GovernancePackage.NEGOTIATION__STATUS_SINCE:
				return STATUS_SINCE_EDEFAULT == null ? statusSince != null : !STATUS_SINCE_EDEFAULT.equals(statusSince);
			case GovernancePackage.NEGOTIATION__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case GovernancePackage.NEGOTIATION__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
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
			case GovernancePackage.NEGOTIATION___DIRECT_SUPERIOR:
				return directSuperior();
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
		result.append(" (topic: ");
		result.append(topic);
		result.append(", started: ");
		result.append(started);
		result.append(", status: ");
		if (statusESet) result.append(status); else result.append("<unset>");
		result.append(", statusSince: ");
		result.append(statusSince);
		result.append(')');
		return result.toString();
	}

} //NegotiationImpl
