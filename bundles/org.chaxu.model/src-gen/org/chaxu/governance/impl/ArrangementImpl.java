/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.util.Collection;
import java.util.Date;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Initiation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arrangement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getSubArrangements <em>Sub Arrangements</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getConvener <em>Convener</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getHostedBy <em>Hosted By</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getInitiation <em>Initiation</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getReportsTo <em>Reports To</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.ArrangementImpl#getEstablished <em>Established</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArrangementImpl extends IssuerImpl implements Arrangement {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ArrangementKind KIND_EDEFAULT = ArrangementKind.JOINT_CONFERENCE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ArrangementKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<AdministrativeUnit> members;

	/**
	 * The cached value of the '{@link #getSubArrangements() <em>Sub Arrangements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubArrangements()
	 * @generated
	 * @ordered
	 */
	protected EList<Arrangement> subArrangements;

	/**
	 * The cached value of the '{@link #getConvener() <em>Convener</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvener()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeUnit convener;

	/**
	 * The cached value of the '{@link #getHostedBy() <em>Hosted By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostedBy()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeUnit hostedBy;

	/**
	 * The default value of the '{@link #getInitiation() <em>Initiation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiation()
	 * @generated
	 * @ordered
	 */
	protected static final Initiation INITIATION_EDEFAULT = Initiation.TOP_DOWN;

	/**
	 * The cached value of the '{@link #getInitiation() <em>Initiation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiation()
	 * @generated
	 * @ordered
	 */
	protected Initiation initiation = INITIATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReportsTo() <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsTo()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeUnit reportsTo;

	/**
	 * The default value of the '{@link #getEstablished() <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablished()
	 * @generated
	 * @ordered
	 */
	protected static final Date ESTABLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstablished() <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablished()
	 * @generated
	 * @ordered
	 */
	protected Date established = ESTABLISHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArrangementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.ARRANGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrangementKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ArrangementKind newKind) {
		ArrangementKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARRANGEMENT__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		ArrangementKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GovernancePackage.ARRANGEMENT__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdministrativeUnit> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<AdministrativeUnit>(AdministrativeUnit.class, this, GovernancePackage.ARRANGEMENT__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arrangement> getSubArrangements() {
		if (subArrangements == null) {
			subArrangements = new EObjectContainmentWithInverseEList<Arrangement>(Arrangement.class, this, GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS, GovernancePackage.ARRANGEMENT__PARENT);
		}
		return subArrangements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arrangement getParent() {
		if (eContainerFeatureID() != GovernancePackage.ARRANGEMENT__PARENT) return null;
		return (Arrangement)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit getConvener() {
		if (convener != null && convener.eIsProxy()) {
			InternalEObject oldConvener = (InternalEObject)convener;
			convener = (AdministrativeUnit)eResolveProxy(oldConvener);
			if (convener != oldConvener) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.ARRANGEMENT__CONVENER, oldConvener, convener));
			}
		}
		return convener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeUnit basicGetConvener() {
		return convener;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvener(AdministrativeUnit newConvener) {
		AdministrativeUnit oldConvener = convener;
		convener = newConvener;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARRANGEMENT__CONVENER, oldConvener, convener));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit getHostedBy() {
		if (hostedBy != null && hostedBy.eIsProxy()) {
			InternalEObject oldHostedBy = (InternalEObject)hostedBy;
			hostedBy = (AdministrativeUnit)eResolveProxy(oldHostedBy);
			if (hostedBy != oldHostedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.ARRANGEMENT__HOSTED_BY, oldHostedBy, hostedBy));
			}
		}
		return hostedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeUnit basicGetHostedBy() {
		return hostedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostedBy(AdministrativeUnit newHostedBy) {
		AdministrativeUnit oldHostedBy = hostedBy;
		hostedBy = newHostedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARRANGEMENT__HOSTED_BY, oldHostedBy, hostedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiation getInitiation() {
		return initiation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiation(Initiation newInitiation) {
		Initiation oldInitiation = initiation;
		initiation = newInitiation == null ? INITIATION_EDEFAULT : newInitiation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARRANGEMENT__INITIATION, oldInitiation, initiation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit getReportsTo() {
		if (reportsTo != null && reportsTo.eIsProxy()) {
			InternalEObject oldReportsTo = (InternalEObject)reportsTo;
			reportsTo = (AdministrativeUnit)eResolveProxy(oldReportsTo);
			if (reportsTo != oldReportsTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.ARRANGEMENT__REPORTS_TO, oldReportsTo, reportsTo));
			}
		}
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeUnit basicGetReportsTo() {
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsTo(AdministrativeUnit newReportsTo) {
		AdministrativeUnit oldReportsTo = reportsTo;
		reportsTo = newReportsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARRANGEMENT__REPORTS_TO, oldReportsTo, reportsTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEstablished() {
		return established;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstablished(Date newEstablished) {
		Date oldEstablished = established;
		established = newEstablished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARRANGEMENT__ESTABLISHED, oldEstablished, established));
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
			case GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSubArrangements()).basicAdd(otherEnd, msgs);
			case GovernancePackage.ARRANGEMENT__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, GovernancePackage.ARRANGEMENT__PARENT, msgs);
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
			case GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS:
				return ((InternalEList<?>)getSubArrangements()).basicRemove(otherEnd, msgs);
			case GovernancePackage.ARRANGEMENT__PARENT:
				return eBasicSetContainer(null, GovernancePackage.ARRANGEMENT__PARENT, msgs);
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
			case GovernancePackage.ARRANGEMENT__PARENT:
				return eInternalContainer().eInverseRemove(this, GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS, Arrangement.class, msgs);
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
			case GovernancePackage.ARRANGEMENT__KIND:
				return getKind();
			case GovernancePackage.ARRANGEMENT__MEMBERS:
				return getMembers();
			case GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS:
				return getSubArrangements();
			case GovernancePackage.ARRANGEMENT__PARENT:
				return getParent();
			case GovernancePackage.ARRANGEMENT__CONVENER:
				if (resolve) return getConvener();
				return basicGetConvener();
			case GovernancePackage.ARRANGEMENT__HOSTED_BY:
				if (resolve) return getHostedBy();
				return basicGetHostedBy();
			case GovernancePackage.ARRANGEMENT__INITIATION:
				return getInitiation();
			case GovernancePackage.ARRANGEMENT__REPORTS_TO:
				if (resolve) return getReportsTo();
				return basicGetReportsTo();
			case GovernancePackage.ARRANGEMENT__ESTABLISHED:
				return getEstablished();
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
			case GovernancePackage.ARRANGEMENT__KIND:
				setKind((ArrangementKind)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends AdministrativeUnit>)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS:
				getSubArrangements().clear();
				getSubArrangements().addAll((Collection<? extends Arrangement>)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__CONVENER:
				setConvener((AdministrativeUnit)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__HOSTED_BY:
				setHostedBy((AdministrativeUnit)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__INITIATION:
				setInitiation((Initiation)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__REPORTS_TO:
				setReportsTo((AdministrativeUnit)newValue);
				return;
			case GovernancePackage.ARRANGEMENT__ESTABLISHED:
				setEstablished((Date)newValue);
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
			case GovernancePackage.ARRANGEMENT__KIND:
				unsetKind();
				return;
			case GovernancePackage.ARRANGEMENT__MEMBERS:
				getMembers().clear();
				return;
			case GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS:
				getSubArrangements().clear();
				return;
			case GovernancePackage.ARRANGEMENT__CONVENER:
				setConvener((AdministrativeUnit)null);
				return;
			case GovernancePackage.ARRANGEMENT__HOSTED_BY:
				setHostedBy((AdministrativeUnit)null);
				return;
			case GovernancePackage.ARRANGEMENT__INITIATION:
				setInitiation(INITIATION_EDEFAULT);
				return;
			case GovernancePackage.ARRANGEMENT__REPORTS_TO:
				setReportsTo((AdministrativeUnit)null);
				return;
			case GovernancePackage.ARRANGEMENT__ESTABLISHED:
				setEstablished(ESTABLISHED_EDEFAULT);
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
			case GovernancePackage.ARRANGEMENT__KIND:
				return isSetKind();
			case GovernancePackage.ARRANGEMENT__MEMBERS:
				return members != null && !members.isEmpty();
			case GovernancePackage.ARRANGEMENT__SUB_ARRANGEMENTS:
				return subArrangements != null && !subArrangements.isEmpty();
			case GovernancePackage.ARRANGEMENT__PARENT:
				return getParent() != null;
			case GovernancePackage.ARRANGEMENT__CONVENER:
				return convener != null;
			case GovernancePackage.ARRANGEMENT__HOSTED_BY:
				return hostedBy != null;
			case GovernancePackage.ARRANGEMENT__INITIATION:
				return initiation != INITIATION_EDEFAULT;
			case GovernancePackage.ARRANGEMENT__REPORTS_TO:
				return reportsTo != null;
			case GovernancePackage.ARRANGEMENT__ESTABLISHED:
				return ESTABLISHED_EDEFAULT == null ? established != null : !ESTABLISHED_EDEFAULT.equals(established);
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
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", initiation: ");
		result.append(initiation);
		result.append(", established: ");
		result.append(established);
		result.append(')');
		return result.toString();
	}

} //ArrangementImpl
