/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import java.util.Collection;
import java.util.Date;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.GovernancePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.impl.AgreementImpl#getSigned <em>Signed</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.AgreementImpl#getSignatories <em>Signatories</em>}</li>
 *   <li>{@link org.chaxu.governance.impl.AgreementImpl#getCommitments <em>Commitments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgreementImpl extends ElementImpl implements Agreement {
	/**
	 * The default value of the '{@link #getSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigned()
	 * @generated
	 * @ordered
	 */
	protected static final Date SIGNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigned()
	 * @generated
	 * @ordered
	 */
	protected Date signed = SIGNED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignatories() <em>Signatories</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatories()
	 * @generated
	 * @ordered
	 */
	protected EList<AdministrativeUnit> signatories;

	/**
	 * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitments()
	 * @generated
	 * @ordered
	 */
	protected EList<Commitment> commitments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSigned() {
		return signed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigned(Date newSigned) {
		Date oldSigned = signed;
		signed = newSigned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.AGREEMENT__SIGNED, oldSigned, signed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdministrativeUnit> getSignatories() {
		if (signatories == null) {
			signatories = new EObjectResolvingEList<AdministrativeUnit>(AdministrativeUnit.class, this, GovernancePackage.AGREEMENT__SIGNATORIES);
		}
		return signatories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commitment> getCommitments() {
		if (commitments == null) {
			commitments = new EObjectContainmentEList<Commitment>(Commitment.class, this, GovernancePackage.AGREEMENT__COMMITMENTS);
		}
		return commitments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.AGREEMENT__COMMITMENTS:
				return ((InternalEList<?>)getCommitments()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.AGREEMENT__SIGNED:
				return getSigned();
			case GovernancePackage.AGREEMENT__SIGNATORIES:
				return getSignatories();
			case GovernancePackage.AGREEMENT__COMMITMENTS:
				return getCommitments();
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
			case GovernancePackage.AGREEMENT__SIGNED:
				setSigned((Date)newValue);
				return;
			case GovernancePackage.AGREEMENT__SIGNATORIES:
				getSignatories().clear();
				getSignatories().addAll((Collection<? extends AdministrativeUnit>)newValue);
				return;
			case GovernancePackage.AGREEMENT__COMMITMENTS:
				getCommitments().clear();
				getCommitments().addAll((Collection<? extends Commitment>)newValue);
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
			case GovernancePackage.AGREEMENT__SIGNED:
				setSigned(SIGNED_EDEFAULT);
				return;
			case GovernancePackage.AGREEMENT__SIGNATORIES:
				getSignatories().clear();
				return;
			case GovernancePackage.AGREEMENT__COMMITMENTS:
				getCommitments().clear();
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
			case GovernancePackage.AGREEMENT__SIGNED:
				return SIGNED_EDEFAULT == null ? signed != null : !SIGNED_EDEFAULT.equals(signed);
			case GovernancePackage.AGREEMENT__SIGNATORIES:
				return signatories != null && !signatories.isEmpty();
			case GovernancePackage.AGREEMENT__COMMITMENTS:
				return commitments != null && !commitments.isEmpty();
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
		result.append(" (signed: ");
		result.append(signed);
		result.append(')');
		return result.toString();
	}

} //AgreementImpl
