/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.Standard#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getIssuedBy <em>Issued By</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getSector <em>Sector</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getValue <em>Value</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#isBinding <em>Binding</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getSource <em>Source</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getSourceDate <em>Source Date</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.chaxu.governance.Standard#getEffectiveUntil <em>Effective Until</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getStandard()
 * @model
 * @generated
 */
public interface Standard extends Element {
	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who set the standard: the issuer that contains it, or, for a standard kept at the model's top level, the issuer it names by issuedBy (a unit in another file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' reference.
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Issuer()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Issuer getIssuer();

	/**
	 * Returns the value of the '<em><b>Issued By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit that issued a standard kept at the model's top level: a unit of another file, typically of the national registry; unused for a standard inside its issuer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued By</em>' reference.
	 * @see #setIssuedBy(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_IssuedBy()
	 * @model
	 * @generated
	 */
	AdministrativeUnit getIssuedBy();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getIssuedBy <em>Issued By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued By</em>' reference.
	 * @see #getIssuedBy()
	 * @generated
	 */
	void setIssuedBy(AdministrativeUnit value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Indicator()
	 * @model required="true"
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(Date)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Deadline()
	 * @model
	 * @generated
	 */
	Date getDeadline();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(Date value);

	/**
	 * Returns the value of the '<em><b>Binding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding</em>' attribute.
	 * @see #setBinding(boolean)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Binding()
	 * @model
	 * @generated
	 */
	boolean isBinding();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#isBinding <em>Binding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binding</em>' attribute.
	 * @see #isBinding()
	 * @generated
	 */
	void setBinding(boolean value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Date</em>' attribute.
	 * @see #setSourceDate(Date)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_SourceDate()
	 * @model
	 * @generated
	 */
	Date getSourceDate();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getSourceDate <em>Source Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Date</em>' attribute.
	 * @see #getSourceDate()
	 * @generated
	 */
	void setSourceDate(Date value);

	/**
	 * Returns the value of the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective From</em>' attribute.
	 * @see #setEffectiveFrom(Date)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_EffectiveFrom()
	 * @model
	 * @generated
	 */
	Date getEffectiveFrom();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getEffectiveFrom <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective From</em>' attribute.
	 * @see #getEffectiveFrom()
	 * @generated
	 */
	void setEffectiveFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Effective Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective Until</em>' attribute.
	 * @see #setEffectiveUntil(Date)
	 * @see org.chaxu.governance.GovernancePackage#getStandard_EffectiveUntil()
	 * @model
	 * @generated
	 */
	Date getEffectiveUntil();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.Standard#getEffectiveUntil <em>Effective Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Until</em>' attribute.
	 * @see #getEffectiveUntil()
	 * @generated
	 */
	void setEffectiveUntil(Date value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How strict this standard is compared with another for the same indicator: LOOSER, EQUAL, STRICTER or INCOMPARABLE (different indicators, missing values, or units with no known conversion), honouring the indicator's direction.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Strictness compareTo(Standard other);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The standard's own unit of measure, or its indicator's when it states none.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String effectiveUnit();

} // Standard
