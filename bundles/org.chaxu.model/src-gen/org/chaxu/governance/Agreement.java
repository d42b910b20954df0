/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Agreement#getSigned <em>Signed</em>}</li>
 *   <li>{@link org.chaxu.governance.Agreement#getSignatories <em>Signatories</em>}</li>
 *   <li>{@link org.chaxu.governance.Agreement#getCommitments <em>Commitments</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getAgreement()
 * @model
 * @generated
 */
public interface Agreement extends Element {
	/**
	 * Returns the value of the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed</em>' attribute.
	 * @see #setSigned(Date)
	 * @see org.chaxu.governance.GovernancePackage#getAgreement_Signed()
	 * @model
	 * @generated
	 */
	Date getSigned();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Agreement#getSigned <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed</em>' attribute.
	 * @see #getSigned()
	 * @generated
	 */
	void setSigned(Date value);

	/**
	 * Returns the value of the '<em><b>Signatories</b></em>' reference list.
	 * The list contents are of type {@link org.chaxu.governance.AdministrativeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatories</em>' reference list.
	 * @see org.chaxu.governance.GovernancePackage#getAgreement_Signatories()
	 * @model
	 * @generated
	 */
	EList<AdministrativeUnit> getSignatories();

	/**
	 * Returns the value of the '<em><b>Commitments</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Commitment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commitments</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getAgreement_Commitments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Commitment> getCommitments();

} // Agreement
