/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of one .chaxu file. asOf is the reference date for every deadline check, so that results are reproducible.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getName <em>Name</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getDescription <em>Description</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getUnits <em>Units</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getArrangements <em>Arrangements</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getNegotiations <em>Negotiations</em>}</li>
 *   <li>{@link org.chaxu.governance.GovernanceModel#getStandards <em>Standards</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel()
 * @model
 * @generated
 */
public interface GovernanceModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.GovernanceModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(Date)
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_AsOf()
	 * @model required="true"
	 * @generated
	 */
	Date getAsOf();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.GovernanceModel#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(Date value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.GovernanceModel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.AdministrativeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdministrativeUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Arrangements</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Arrangement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arrangements</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Arrangements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Arrangement> getArrangements();

	/**
	 * Returns the value of the '<em><b>Negotiations</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Negotiation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negotiations</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Negotiations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Negotiation> getNegotiations();

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Standard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards whose issuer is defined in another file (a unit of the national registry, say), each naming it by issuedBy. A standard of an issuer of this file is kept inside that issuer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standards</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getGovernanceModel_Standards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Standard> getStandards();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lowest unit that is above every given unit (strictly above each, so two cities of one province give the province). Null when the units share no superior.
	 * <!-- end-model-doc -->
	 * @model unitsMany="true"
	 * @generated
	 */
	AdministrativeUnit lowestCommonSuperior(EList<AdministrativeUnit> units);

} // GovernanceModel
