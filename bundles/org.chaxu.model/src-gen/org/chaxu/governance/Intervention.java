/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Intervention#getIntervener <em>Intervener</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getTarget <em>Target</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getMeans <em>Means</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getStart <em>Start</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getEnd <em>End</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getExitCondition <em>Exit Condition</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.chaxu.governance.Intervention#getEscalatedFrom <em>Escalated From</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends Element {
	/**
	 * Returns the value of the '<em><b>Intervener</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervener</em>' reference.
	 * @see #setIntervener(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_Intervener()
	 * @model required="true"
	 * @generated
	 */
	AdministrativeUnit getIntervener();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Intervention#getIntervener <em>Intervener</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervener</em>' reference.
	 * @see #getIntervener()
	 * @generated
	 */
	void setIntervener(AdministrativeUnit value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.chaxu.governance.Negotiation#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' container reference.
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_Target()
	 * @see org.chaxu.governance.Negotiation#getInterventions
	 * @model opposite="interventions" transient="false" changeable="false"
	 * @generated
	 */
	Negotiation getTarget();

	/**
	 * Returns the value of the '<em><b>Means</b></em>' attribute list.
	 * The list contents are of type {@link org.chaxu.governance.InterventionMeans}.
	 * The literals are from the enumeration {@link org.chaxu.governance.InterventionMeans}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Means</em>' attribute list.
	 * @see org.chaxu.governance.InterventionMeans
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_Means()
	 * @model
	 * @generated
	 */
	EList<InterventionMeans> getMeans();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_Start()
	 * @model required="true"
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Intervention#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Intervention#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Exit Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Condition</em>' attribute.
	 * @see #setExitCondition(String)
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_ExitCondition()
	 * @model
	 * @generated
	 */
	String getExitCondition();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Intervention#getExitCondition <em>Exit Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Condition</em>' attribute.
	 * @see #getExitCondition()
	 * @generated
	 */
	void setExitCondition(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.InterventionOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.chaxu.governance.InterventionOutcome
	 * @see #setOutcome(InterventionOutcome)
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_Outcome()
	 * @model
	 * @generated
	 */
	InterventionOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Intervention#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.chaxu.governance.InterventionOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(InterventionOutcome value);

	/**
	 * Returns the value of the '<em><b>Escalated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalated From</em>' reference.
	 * @see #setEscalatedFrom(Intervention)
	 * @see org.chaxu.governance.GovernancePackage#getIntervention_EscalatedFrom()
	 * @model
	 * @generated
	 */
	Intervention getEscalatedFrom();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Intervention#getEscalatedFrom <em>Escalated From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalated From</em>' reference.
	 * @see #getEscalatedFrom()
	 * @generated
	 */
	void setEscalatedFrom(Intervention value);

} // Intervention
