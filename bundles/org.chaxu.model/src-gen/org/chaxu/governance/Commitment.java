/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Commitment#getTask <em>Task</em>}</li>
 *   <li>{@link org.chaxu.governance.Commitment#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.chaxu.governance.Commitment#getDue <em>Due</em>}</li>
 *   <li>{@link org.chaxu.governance.Commitment#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getCommitment()
 * @model
 * @generated
 */
public interface Commitment extends Element {
	/**
	 * Returns the value of the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' attribute.
	 * @see #setTask(String)
	 * @see org.chaxu.governance.GovernancePackage#getCommitment_Task()
	 * @model
	 * @generated
	 */
	String getTask();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Commitment#getTask <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' attribute.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(String value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getCommitment_Responsible()
	 * @model
	 * @generated
	 */
	AdministrativeUnit getResponsible();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Commitment#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(AdministrativeUnit value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(Date)
	 * @see org.chaxu.governance.GovernancePackage#getCommitment_Due()
	 * @model
	 * @generated
	 */
	Date getDue();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Commitment#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.CommitmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.chaxu.governance.CommitmentStatus
	 * @see #setStatus(CommitmentStatus)
	 * @see org.chaxu.governance.GovernancePackage#getCommitment_Status()
	 * @model
	 * @generated
	 */
	CommitmentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Commitment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.chaxu.governance.CommitmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CommitmentStatus value);

} // Commitment
