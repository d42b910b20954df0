/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Negotiation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Negotiation#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getParties <em>Parties</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getVenue <em>Venue</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getStarted <em>Started</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.chaxu.governance.Negotiation#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getNegotiation()
 * @model
 * @generated
 */
public interface Negotiation extends Element {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Negotiation#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' reference list.
	 * The list contents are of type {@link org.chaxu.governance.AdministrativeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' reference list.
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Parties()
	 * @model lower="2"
	 * @generated
	 */
	EList<AdministrativeUnit> getParties();

	/**
	 * Returns the value of the '<em><b>Venue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Venue</em>' reference.
	 * @see #setVenue(Arrangement)
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Venue()
	 * @model
	 * @generated
	 */
	Arrangement getVenue();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Negotiation#getVenue <em>Venue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Venue</em>' reference.
	 * @see #getVenue()
	 * @generated
	 */
	void setVenue(Arrangement value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Negotiation#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.NegotiationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.chaxu.governance.NegotiationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(NegotiationStatus)
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Status()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	NegotiationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Negotiation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.chaxu.governance.NegotiationStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NegotiationStatus value);

	/**
	 * Unsets the value of the '{@link org.chaxu.governance.Negotiation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(NegotiationStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.chaxu.governance.Negotiation#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(NegotiationStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Since</em>' attribute.
	 * @see #setStatusSince(Date)
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_StatusSince()
	 * @model
	 * @generated
	 */
	Date getStatusSince();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Negotiation#getStatusSince <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Since</em>' attribute.
	 * @see #getStatusSince()
	 * @generated
	 */
	void setStatusSince(Date value);

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.chaxu.governance.Intervention}.
	 * It is bidirectional and its opposite is '{@link org.chaxu.governance.Intervention#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.chaxu.governance.GovernancePackage#getNegotiation_Interventions()
	 * @see org.chaxu.governance.Intervention#getTarget
	 * @model opposite="target" containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lowest common superior of all parties: the level that must intervene first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	AdministrativeUnit directSuperior();

} // Negotiation
