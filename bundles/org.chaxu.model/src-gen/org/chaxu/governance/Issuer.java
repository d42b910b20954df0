/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issuer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A government or a cooperation body that can issue standards.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Issuer#getStandards <em>Standards</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getIssuer()
 * @model abstract="true"
 * @generated
 */
public interface Issuer extends Element {
	/**
	 * Returns the value of the '<em><b>Standards</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Standard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standards</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getIssuer_Standards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Standard> getStandards();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every issuer with authority over this one, nearest first: for a unit, the units above it and the arrangements it (or an arrangement it belongs to) is a member of; for an arrangement, its parent arrangements, the lowest common superior of its members and every unit above that.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Issuer> authorityChain();

} // Issuer
