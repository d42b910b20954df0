/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arrangement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Arrangement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getMembers <em>Members</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getSubArrangements <em>Sub Arrangements</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getParent <em>Parent</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getConvener <em>Convener</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getHostedBy <em>Hosted By</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getInitiation <em>Initiation</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getReportsTo <em>Reports To</em>}</li>
 *   <li>{@link org.chaxu.governance.Arrangement#getEstablished <em>Established</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getArrangement()
 * @model
 * @generated
 */
public interface Arrangement extends Issuer {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.ArrangementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.chaxu.governance.ArrangementKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(ArrangementKind)
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_Kind()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	ArrangementKind getKind();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Arrangement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.chaxu.governance.ArrangementKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArrangementKind value);

	/**
	 * Unsets the value of the '{@link org.chaxu.governance.Arrangement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(ArrangementKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.chaxu.governance.Arrangement#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(ArrangementKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.chaxu.governance.AdministrativeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_Members()
	 * @model
	 * @generated
	 */
	EList<AdministrativeUnit> getMembers();

	/**
	 * Returns the value of the '<em><b>Sub Arrangements</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Arrangement}.
	 * It is bidirectional and its opposite is '{@link org.chaxu.governance.Arrangement#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Arrangements</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_SubArrangements()
	 * @see org.chaxu.governance.Arrangement#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Arrangement> getSubArrangements();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.chaxu.governance.Arrangement#getSubArrangements <em>Sub Arrangements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_Parent()
	 * @see org.chaxu.governance.Arrangement#getSubArrangements
	 * @model opposite="subArrangements" transient="false" changeable="false"
	 * @generated
	 */
	Arrangement getParent();

	/**
	 * Returns the value of the '<em><b>Convener</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Convener</em>' reference.
	 * @see #setConvener(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_Convener()
	 * @model
	 * @generated
	 */
	AdministrativeUnit getConvener();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Arrangement#getConvener <em>Convener</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convener</em>' reference.
	 * @see #getConvener()
	 * @generated
	 */
	void setConvener(AdministrativeUnit value);

	/**
	 * Returns the value of the '<em><b>Hosted By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit inside whose own organs the arrangement's office sits (e.g. a coordination office inside one member's environment bureau).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hosted By</em>' reference.
	 * @see #setHostedBy(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_HostedBy()
	 * @model
	 * @generated
	 */
	AdministrativeUnit getHostedBy();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Arrangement#getHostedBy <em>Hosted By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hosted By</em>' reference.
	 * @see #getHostedBy()
	 * @generated
	 */
	void setHostedBy(AdministrativeUnit value);

	/**
	 * Returns the value of the '<em><b>Initiation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.Initiation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiation</em>' attribute.
	 * @see org.chaxu.governance.Initiation
	 * @see #setInitiation(Initiation)
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_Initiation()
	 * @model
	 * @generated
	 */
	Initiation getInitiation();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Arrangement#getInitiation <em>Initiation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiation</em>' attribute.
	 * @see org.chaxu.governance.Initiation
	 * @see #getInitiation()
	 * @generated
	 */
	void setInitiation(Initiation value);

	/**
	 * Returns the value of the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports To</em>' reference.
	 * @see #setReportsTo(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_ReportsTo()
	 * @model
	 * @generated
	 */
	AdministrativeUnit getReportsTo();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Arrangement#getReportsTo <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports To</em>' reference.
	 * @see #getReportsTo()
	 * @generated
	 */
	void setReportsTo(AdministrativeUnit value);

	/**
	 * Returns the value of the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Established</em>' attribute.
	 * @see #setEstablished(Date)
	 * @see org.chaxu.governance.GovernancePackage#getArrangement_Established()
	 * @model
	 * @generated
	 */
	Date getEstablished();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Arrangement#getEstablished <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Established</em>' attribute.
	 * @see #getEstablished()
	 * @generated
	 */
	void setEstablished(Date value);

} // Arrangement
