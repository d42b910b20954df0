/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Tiered regional governance arrangements: who sits above whom, which units form which arrangement, which standards each issued, which negotiations are under way and who intervened in them.
 * <!-- end-model-doc -->
 * @see org.chaxu.governance.GovernanceFactory
 * @model kind="package"
 * @generated
 */
public interface GovernancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "governance";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://chaxu.org/governance/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "chaxu";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GovernancePackage eINSTANCE = org.chaxu.governance.impl.GovernancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.GovernanceModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.GovernanceModelImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getGovernanceModel()
	 * @generated
	 */
	int GOVERNANCE_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__AS_OF = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__UNITS = 3;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__INDICATORS = 4;

	/**
	 * The feature id for the '<em><b>Arrangements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__ARRANGEMENTS = 5;

	/**
	 * The feature id for the '<em><b>Negotiations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__NEGOTIATIONS = 6;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__STANDARDS = 7;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Lowest Common Superior</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL___LOWEST_COMMON_SUPERIOR__ELIST = 0;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.ElementImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__PROVENANCE = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.IssuerImpl <em>Issuer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.IssuerImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getIssuer()
	 * @generated
	 */
	int ISSUER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__STANDARDS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Issuer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Authority Chain</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER___AUTHORITY_CHAIN = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Issuer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.AdministrativeUnitImpl <em>Administrative Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.AdministrativeUnitImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getAdministrativeUnit()
	 * @generated
	 */
	int ADMINISTRATIVE_UNIT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__ID = ISSUER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__NAME = ISSUER__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__PROVENANCE = ISSUER__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__STANDARDS = ISSUER__STANDARDS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__CODE = ISSUER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__LEVEL = ISSUER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__RANK = ISSUER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Superior</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT__SUPERIOR = ISSUER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Administrative Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT_FEATURE_COUNT = ISSUER_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Authority Chain</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT___AUTHORITY_CHAIN = ISSUER___AUTHORITY_CHAIN;

	/**
	 * The operation id for the '<em>Is Above</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT___IS_ABOVE__ADMINISTRATIVEUNIT = ISSUER_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Superior Chain</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT___SUPERIOR_CHAIN = ISSUER_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Administrative Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_UNIT_OPERATION_COUNT = ISSUER_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.IndicatorImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.StandardImpl <em>Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.StandardImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getStandard()
	 * @generated
	 */
	int STANDARD = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ISSUER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issued By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ISSUED_BY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__INDICATOR = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__SECTOR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__VALUE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__UNIT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__DEADLINE = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Binding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__BINDING = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__SOURCE = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Source Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__SOURCE_DATE = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__EFFECTIVE_FROM = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Effective Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__EFFECTIVE_UNTIL = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Compare To</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD___COMPARE_TO__STANDARD = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Effective Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD___EFFECTIVE_UNIT = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.ArrangementImpl <em>Arrangement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.ArrangementImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getArrangement()
	 * @generated
	 */
	int ARRANGEMENT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__ID = ISSUER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__NAME = ISSUER__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__PROVENANCE = ISSUER__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__STANDARDS = ISSUER__STANDARDS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__KIND = ISSUER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__MEMBERS = ISSUER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Arrangements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__SUB_ARRANGEMENTS = ISSUER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__PARENT = ISSUER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Convener</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__CONVENER = ISSUER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hosted By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__HOSTED_BY = ISSUER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Initiation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__INITIATION = ISSUER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__REPORTS_TO = ISSUER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__ESTABLISHED = ISSUER_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Arrangement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT_FEATURE_COUNT = ISSUER_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Authority Chain</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT___AUTHORITY_CHAIN = ISSUER___AUTHORITY_CHAIN;

	/**
	 * The number of operations of the '<em>Arrangement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT_OPERATION_COUNT = ISSUER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.NegotiationImpl <em>Negotiation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.NegotiationImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getNegotiation()
	 * @generated
	 */
	int NEGOTIATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__TOPIC = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__PARTIES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Venue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__VENUE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__STARTED = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__STATUS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__STATUS_SINCE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__AGREEMENTS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION__INTERVENTIONS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Negotiation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Direct Superior</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION___DIRECT_SUPERIOR = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Negotiation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEGOTIATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.AgreementImpl <em>Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.AgreementImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getAgreement()
	 * @generated
	 */
	int AGREEMENT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__SIGNED = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__SIGNATORIES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Commitments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__COMMITMENTS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.CommitmentImpl <em>Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.CommitmentImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getCommitment()
	 * @generated
	 */
	int COMMITMENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__TASK = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__RESPONSIBLE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DUE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__STATUS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.impl.InterventionImpl
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__PROVENANCE = ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Intervener</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__INTERVENER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__TARGET = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Means</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__MEANS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__START = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__END = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Exit Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__EXIT_CONDITION = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__OUTCOME = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Escalated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ESCALATED_FROM = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.Level <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.Level
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 11;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.Rank <em>Rank</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.Rank
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getRank()
	 * @generated
	 */
	int RANK = 12;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.Direction
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 13;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.Strictness <em>Strictness</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.Strictness
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getStrictness()
	 * @generated
	 */
	int STRICTNESS = 14;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.ArrangementKind <em>Arrangement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.ArrangementKind
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getArrangementKind()
	 * @generated
	 */
	int ARRANGEMENT_KIND = 15;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.Initiation <em>Initiation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.Initiation
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getInitiation()
	 * @generated
	 */
	int INITIATION = 16;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.NegotiationStatus <em>Negotiation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.NegotiationStatus
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getNegotiationStatus()
	 * @generated
	 */
	int NEGOTIATION_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.CommitmentStatus <em>Commitment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.CommitmentStatus
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getCommitmentStatus()
	 * @generated
	 */
	int COMMITMENT_STATUS = 18;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.InterventionMeans <em>Intervention Means</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.InterventionMeans
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getInterventionMeans()
	 * @generated
	 */
	int INTERVENTION_MEANS = 19;

	/**
	 * The meta object id for the '{@link org.chaxu.governance.InterventionOutcome <em>Intervention Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chaxu.governance.InterventionOutcome
	 * @see org.chaxu.governance.impl.GovernancePackageImpl#getInterventionOutcome()
	 * @generated
	 */
	int INTERVENTION_OUTCOME = 20;


	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.GovernanceModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.chaxu.governance.GovernanceModel
	 * @generated
	 */
	EClass getGovernanceModel();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.GovernanceModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getName()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EAttribute getGovernanceModel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.GovernanceModel#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getAsOf()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EAttribute getGovernanceModel_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.GovernanceModel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getDescription()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EAttribute getGovernanceModel_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.GovernanceModel#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getUnits()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.GovernanceModel#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getIndicators()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.GovernanceModel#getArrangements <em>Arrangements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arrangements</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getArrangements()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Arrangements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.GovernanceModel#getNegotiations <em>Negotiations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Negotiations</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getNegotiations()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Negotiations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.GovernanceModel#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see org.chaxu.governance.GovernanceModel#getStandards()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Standards();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.GovernanceModel#lowestCommonSuperior(org.eclipse.emf.common.util.EList) <em>Lowest Common Superior</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Lowest Common Superior</em>' operation.
	 * @see org.chaxu.governance.GovernanceModel#lowestCommonSuperior(org.eclipse.emf.common.util.EList)
	 * @generated
	 */
	EOperation getGovernanceModel__LowestCommonSuperior__EList();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.chaxu.governance.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.chaxu.governance.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chaxu.governance.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Element#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.chaxu.governance.Element#getProvenance()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Provenance();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Issuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issuer</em>'.
	 * @see org.chaxu.governance.Issuer
	 * @generated
	 */
	EClass getIssuer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.Issuer#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see org.chaxu.governance.Issuer#getStandards()
	 * @see #getIssuer()
	 * @generated
	 */
	EReference getIssuer_Standards();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.Issuer#authorityChain() <em>Authority Chain</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Authority Chain</em>' operation.
	 * @see org.chaxu.governance.Issuer#authorityChain()
	 * @generated
	 */
	EOperation getIssuer__AuthorityChain();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.AdministrativeUnit <em>Administrative Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Administrative Unit</em>'.
	 * @see org.chaxu.governance.AdministrativeUnit
	 * @generated
	 */
	EClass getAdministrativeUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.AdministrativeUnit#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.chaxu.governance.AdministrativeUnit#getCode()
	 * @see #getAdministrativeUnit()
	 * @generated
	 */
	EAttribute getAdministrativeUnit_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.AdministrativeUnit#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.chaxu.governance.AdministrativeUnit#getLevel()
	 * @see #getAdministrativeUnit()
	 * @generated
	 */
	EAttribute getAdministrativeUnit_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.AdministrativeUnit#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.chaxu.governance.AdministrativeUnit#getRank()
	 * @see #getAdministrativeUnit()
	 * @generated
	 */
	EAttribute getAdministrativeUnit_Rank();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.AdministrativeUnit#getSuperior <em>Superior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Superior</em>'.
	 * @see org.chaxu.governance.AdministrativeUnit#getSuperior()
	 * @see #getAdministrativeUnit()
	 * @generated
	 */
	EReference getAdministrativeUnit_Superior();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.AdministrativeUnit#isAbove(org.chaxu.governance.AdministrativeUnit) <em>Is Above</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Above</em>' operation.
	 * @see org.chaxu.governance.AdministrativeUnit#isAbove(org.chaxu.governance.AdministrativeUnit)
	 * @generated
	 */
	EOperation getAdministrativeUnit__IsAbove__AdministrativeUnit();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.AdministrativeUnit#superiorChain() <em>Superior Chain</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Superior Chain</em>' operation.
	 * @see org.chaxu.governance.AdministrativeUnit#superiorChain()
	 * @generated
	 */
	EOperation getAdministrativeUnit__SuperiorChain();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.chaxu.governance.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.chaxu.governance.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.chaxu.governance.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Standard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard</em>'.
	 * @see org.chaxu.governance.Standard
	 * @generated
	 */
	EClass getStandard();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Standard#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer</em>'.
	 * @see org.chaxu.governance.Standard#getIssuer()
	 * @see #getStandard()
	 * @generated
	 */
	EReference getStandard_Issuer();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Standard#getIssuedBy <em>Issued By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issued By</em>'.
	 * @see org.chaxu.governance.Standard#getIssuedBy()
	 * @see #getStandard()
	 * @generated
	 */
	EReference getStandard_IssuedBy();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Standard#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.chaxu.governance.Standard#getIndicator()
	 * @see #getStandard()
	 * @generated
	 */
	EReference getStandard_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.chaxu.governance.Standard#getSector()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.chaxu.governance.Standard#getValue()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.chaxu.governance.Standard#getUnit()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.chaxu.governance.Standard#getDeadline()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#isBinding <em>Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binding</em>'.
	 * @see org.chaxu.governance.Standard#isBinding()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Binding();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.chaxu.governance.Standard#getSource()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getSourceDate <em>Source Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Date</em>'.
	 * @see org.chaxu.governance.Standard#getSourceDate()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_SourceDate();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getEffectiveFrom <em>Effective From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective From</em>'.
	 * @see org.chaxu.governance.Standard#getEffectiveFrom()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_EffectiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Standard#getEffectiveUntil <em>Effective Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Until</em>'.
	 * @see org.chaxu.governance.Standard#getEffectiveUntil()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_EffectiveUntil();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.Standard#compareTo(org.chaxu.governance.Standard) <em>Compare To</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Compare To</em>' operation.
	 * @see org.chaxu.governance.Standard#compareTo(org.chaxu.governance.Standard)
	 * @generated
	 */
	EOperation getStandard__CompareTo__Standard();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.Standard#effectiveUnit() <em>Effective Unit</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Unit</em>' operation.
	 * @see org.chaxu.governance.Standard#effectiveUnit()
	 * @generated
	 */
	EOperation getStandard__EffectiveUnit();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Arrangement <em>Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arrangement</em>'.
	 * @see org.chaxu.governance.Arrangement
	 * @generated
	 */
	EClass getArrangement();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Arrangement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.chaxu.governance.Arrangement#getKind()
	 * @see #getArrangement()
	 * @generated
	 */
	EAttribute getArrangement_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.chaxu.governance.Arrangement#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.chaxu.governance.Arrangement#getMembers()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.Arrangement#getSubArrangements <em>Sub Arrangements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Arrangements</em>'.
	 * @see org.chaxu.governance.Arrangement#getSubArrangements()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_SubArrangements();

	/**
	 * Returns the meta object for the container reference '{@link org.chaxu.governance.Arrangement#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.chaxu.governance.Arrangement#getParent()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Arrangement#getConvener <em>Convener</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Convener</em>'.
	 * @see org.chaxu.governance.Arrangement#getConvener()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Convener();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Arrangement#getHostedBy <em>Hosted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hosted By</em>'.
	 * @see org.chaxu.governance.Arrangement#getHostedBy()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_HostedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Arrangement#getInitiation <em>Initiation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiation</em>'.
	 * @see org.chaxu.governance.Arrangement#getInitiation()
	 * @see #getArrangement()
	 * @generated
	 */
	EAttribute getArrangement_Initiation();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Arrangement#getReportsTo <em>Reports To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reports To</em>'.
	 * @see org.chaxu.governance.Arrangement#getReportsTo()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_ReportsTo();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Arrangement#getEstablished <em>Established</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Established</em>'.
	 * @see org.chaxu.governance.Arrangement#getEstablished()
	 * @see #getArrangement()
	 * @generated
	 */
	EAttribute getArrangement_Established();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Negotiation <em>Negotiation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Negotiation</em>'.
	 * @see org.chaxu.governance.Negotiation
	 * @generated
	 */
	EClass getNegotiation();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Negotiation#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.chaxu.governance.Negotiation#getTopic()
	 * @see #getNegotiation()
	 * @generated
	 */
	EAttribute getNegotiation_Topic();

	/**
	 * Returns the meta object for the reference list '{@link org.chaxu.governance.Negotiation#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parties</em>'.
	 * @see org.chaxu.governance.Negotiation#getParties()
	 * @see #getNegotiation()
	 * @generated
	 */
	EReference getNegotiation_Parties();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Negotiation#getVenue <em>Venue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Venue</em>'.
	 * @see org.chaxu.governance.Negotiation#getVenue()
	 * @see #getNegotiation()
	 * @generated
	 */
	EReference getNegotiation_Venue();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Negotiation#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.chaxu.governance.Negotiation#getStarted()
	 * @see #getNegotiation()
	 * @generated
	 */
	EAttribute getNegotiation_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Negotiation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.chaxu.governance.Negotiation#getStatus()
	 * @see #getNegotiation()
	 * @generated
	 */
	EAttribute getNegotiation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Negotiation#getStatusSince <em>Status Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Since</em>'.
	 * @see org.chaxu.governance.Negotiation#getStatusSince()
	 * @see #getNegotiation()
	 * @generated
	 */
	EAttribute getNegotiation_StatusSince();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.Negotiation#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see org.chaxu.governance.Negotiation#getAgreements()
	 * @see #getNegotiation()
	 * @generated
	 */
	EReference getNegotiation_Agreements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.Negotiation#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.chaxu.governance.Negotiation#getInterventions()
	 * @see #getNegotiation()
	 * @generated
	 */
	EReference getNegotiation_Interventions();

	/**
	 * Returns the meta object for the '{@link org.chaxu.governance.Negotiation#directSuperior() <em>Direct Superior</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Direct Superior</em>' operation.
	 * @see org.chaxu.governance.Negotiation#directSuperior()
	 * @generated
	 */
	EOperation getNegotiation__DirectSuperior();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement</em>'.
	 * @see org.chaxu.governance.Agreement
	 * @generated
	 */
	EClass getAgreement();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Agreement#getSigned <em>Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed</em>'.
	 * @see org.chaxu.governance.Agreement#getSigned()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Signed();

	/**
	 * Returns the meta object for the reference list '{@link org.chaxu.governance.Agreement#getSignatories <em>Signatories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Signatories</em>'.
	 * @see org.chaxu.governance.Agreement#getSignatories()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Signatories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chaxu.governance.Agreement#getCommitments <em>Commitments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Commitments</em>'.
	 * @see org.chaxu.governance.Agreement#getCommitments()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Commitments();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment</em>'.
	 * @see org.chaxu.governance.Commitment
	 * @generated
	 */
	EClass getCommitment();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Commitment#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task</em>'.
	 * @see org.chaxu.governance.Commitment#getTask()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Task();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Commitment#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.chaxu.governance.Commitment#getResponsible()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Commitment#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.chaxu.governance.Commitment#getDue()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Commitment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.chaxu.governance.Commitment#getStatus()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Status();

	/**
	 * Returns the meta object for class '{@link org.chaxu.governance.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see org.chaxu.governance.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Intervention#getIntervener <em>Intervener</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Intervener</em>'.
	 * @see org.chaxu.governance.Intervention#getIntervener()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_Intervener();

	/**
	 * Returns the meta object for the container reference '{@link org.chaxu.governance.Intervention#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Target</em>'.
	 * @see org.chaxu.governance.Intervention#getTarget()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.chaxu.governance.Intervention#getMeans <em>Means</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Means</em>'.
	 * @see org.chaxu.governance.Intervention#getMeans()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Means();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Intervention#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.chaxu.governance.Intervention#getStart()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Intervention#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.chaxu.governance.Intervention#getEnd()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_End();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Intervention#getExitCondition <em>Exit Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Condition</em>'.
	 * @see org.chaxu.governance.Intervention#getExitCondition()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_ExitCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.chaxu.governance.Intervention#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.chaxu.governance.Intervention#getOutcome()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Outcome();

	/**
	 * Returns the meta object for the reference '{@link org.chaxu.governance.Intervention#getEscalatedFrom <em>Escalated From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Escalated From</em>'.
	 * @see org.chaxu.governance.Intervention#getEscalatedFrom()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_EscalatedFrom();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see org.chaxu.governance.Level
	 * @generated
	 */
	EEnum getLevel();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.Rank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rank</em>'.
	 * @see org.chaxu.governance.Rank
	 * @generated
	 */
	EEnum getRank();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.chaxu.governance.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.Strictness <em>Strictness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strictness</em>'.
	 * @see org.chaxu.governance.Strictness
	 * @generated
	 */
	EEnum getStrictness();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.ArrangementKind <em>Arrangement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrangement Kind</em>'.
	 * @see org.chaxu.governance.ArrangementKind
	 * @generated
	 */
	EEnum getArrangementKind();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.Initiation <em>Initiation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiation</em>'.
	 * @see org.chaxu.governance.Initiation
	 * @generated
	 */
	EEnum getInitiation();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.NegotiationStatus <em>Negotiation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Negotiation Status</em>'.
	 * @see org.chaxu.governance.NegotiationStatus
	 * @generated
	 */
	EEnum getNegotiationStatus();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.CommitmentStatus <em>Commitment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Commitment Status</em>'.
	 * @see org.chaxu.governance.CommitmentStatus
	 * @generated
	 */
	EEnum getCommitmentStatus();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.InterventionMeans <em>Intervention Means</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Intervention Means</em>'.
	 * @see org.chaxu.governance.InterventionMeans
	 * @generated
	 */
	EEnum getInterventionMeans();

	/**
	 * Returns the meta object for enum '{@link org.chaxu.governance.InterventionOutcome <em>Intervention Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Intervention Outcome</em>'.
	 * @see org.chaxu.governance.InterventionOutcome
	 * @generated
	 */
	EEnum getInterventionOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GovernanceFactory getGovernanceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.GovernanceModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.GovernanceModelImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getGovernanceModel()
		 * @generated
		 */
		EClass GOVERNANCE_MODEL = eINSTANCE.getGovernanceModel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_MODEL__NAME = eINSTANCE.getGovernanceModel_Name();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_MODEL__AS_OF = eINSTANCE.getGovernanceModel_AsOf();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE_MODEL__DESCRIPTION = eINSTANCE.getGovernanceModel_Description();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__UNITS = eINSTANCE.getGovernanceModel_Units();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__INDICATORS = eINSTANCE.getGovernanceModel_Indicators();

		/**
		 * The meta object literal for the '<em><b>Arrangements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__ARRANGEMENTS = eINSTANCE.getGovernanceModel_Arrangements();

		/**
		 * The meta object literal for the '<em><b>Negotiations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__NEGOTIATIONS = eINSTANCE.getGovernanceModel_Negotiations();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__STANDARDS = eINSTANCE.getGovernanceModel_Standards();

		/**
		 * The meta object literal for the '<em><b>Lowest Common Superior</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GOVERNANCE_MODEL___LOWEST_COMMON_SUPERIOR__ELIST = eINSTANCE.getGovernanceModel__LowestCommonSuperior__EList();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.ElementImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__PROVENANCE = eINSTANCE.getElement_Provenance();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.IssuerImpl <em>Issuer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.IssuerImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getIssuer()
		 * @generated
		 */
		EClass ISSUER = eINSTANCE.getIssuer();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUER__STANDARDS = eINSTANCE.getIssuer_Standards();

		/**
		 * The meta object literal for the '<em><b>Authority Chain</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ISSUER___AUTHORITY_CHAIN = eINSTANCE.getIssuer__AuthorityChain();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.AdministrativeUnitImpl <em>Administrative Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.AdministrativeUnitImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getAdministrativeUnit()
		 * @generated
		 */
		EClass ADMINISTRATIVE_UNIT = eINSTANCE.getAdministrativeUnit();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_UNIT__CODE = eINSTANCE.getAdministrativeUnit_Code();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_UNIT__LEVEL = eINSTANCE.getAdministrativeUnit_Level();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_UNIT__RANK = eINSTANCE.getAdministrativeUnit_Rank();

		/**
		 * The meta object literal for the '<em><b>Superior</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADMINISTRATIVE_UNIT__SUPERIOR = eINSTANCE.getAdministrativeUnit_Superior();

		/**
		 * The meta object literal for the '<em><b>Is Above</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ADMINISTRATIVE_UNIT___IS_ABOVE__ADMINISTRATIVEUNIT = eINSTANCE.getAdministrativeUnit__IsAbove__AdministrativeUnit();

		/**
		 * The meta object literal for the '<em><b>Superior Chain</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ADMINISTRATIVE_UNIT___SUPERIOR_CHAIN = eINSTANCE.getAdministrativeUnit__SuperiorChain();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.IndicatorImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.StandardImpl <em>Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.StandardImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getStandard()
		 * @generated
		 */
		EClass STANDARD = eINSTANCE.getStandard();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD__ISSUER = eINSTANCE.getStandard_Issuer();

		/**
		 * The meta object literal for the '<em><b>Issued By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD__ISSUED_BY = eINSTANCE.getStandard_IssuedBy();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD__INDICATOR = eINSTANCE.getStandard_Indicator();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__SECTOR = eINSTANCE.getStandard_Sector();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__VALUE = eINSTANCE.getStandard_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__UNIT = eINSTANCE.getStandard_Unit();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__DEADLINE = eINSTANCE.getStandard_Deadline();

		/**
		 * The meta object literal for the '<em><b>Binding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__BINDING = eINSTANCE.getStandard_Binding();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__SOURCE = eINSTANCE.getStandard_Source();

		/**
		 * The meta object literal for the '<em><b>Source Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__SOURCE_DATE = eINSTANCE.getStandard_SourceDate();

		/**
		 * The meta object literal for the '<em><b>Effective From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__EFFECTIVE_FROM = eINSTANCE.getStandard_EffectiveFrom();

		/**
		 * The meta object literal for the '<em><b>Effective Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__EFFECTIVE_UNTIL = eINSTANCE.getStandard_EffectiveUntil();

		/**
		 * The meta object literal for the '<em><b>Compare To</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STANDARD___COMPARE_TO__STANDARD = eINSTANCE.getStandard__CompareTo__Standard();

		/**
		 * The meta object literal for the '<em><b>Effective Unit</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STANDARD___EFFECTIVE_UNIT = eINSTANCE.getStandard__EffectiveUnit();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.ArrangementImpl <em>Arrangement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.ArrangementImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getArrangement()
		 * @generated
		 */
		EClass ARRANGEMENT = eINSTANCE.getArrangement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARRANGEMENT__KIND = eINSTANCE.getArrangement_Kind();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__MEMBERS = eINSTANCE.getArrangement_Members();

		/**
		 * The meta object literal for the '<em><b>Sub Arrangements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__SUB_ARRANGEMENTS = eINSTANCE.getArrangement_SubArrangements();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__PARENT = eINSTANCE.getArrangement_Parent();

		/**
		 * The meta object literal for the '<em><b>Convener</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__CONVENER = eINSTANCE.getArrangement_Convener();

		/**
		 * The meta object literal for the '<em><b>Hosted By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__HOSTED_BY = eINSTANCE.getArrangement_HostedBy();

		/**
		 * The meta object literal for the '<em><b>Initiation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARRANGEMENT__INITIATION = eINSTANCE.getArrangement_Initiation();

		/**
		 * The meta object literal for the '<em><b>Reports To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__REPORTS_TO = eINSTANCE.getArrangement_ReportsTo();

		/**
		 * The meta object literal for the '<em><b>Established</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARRANGEMENT__ESTABLISHED = eINSTANCE.getArrangement_Established();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.NegotiationImpl <em>Negotiation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.NegotiationImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getNegotiation()
		 * @generated
		 */
		EClass NEGOTIATION = eINSTANCE.getNegotiation();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEGOTIATION__TOPIC = eINSTANCE.getNegotiation_Topic();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEGOTIATION__PARTIES = eINSTANCE.getNegotiation_Parties();

		/**
		 * The meta object literal for the '<em><b>Venue</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEGOTIATION__VENUE = eINSTANCE.getNegotiation_Venue();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEGOTIATION__STARTED = eINSTANCE.getNegotiation_Started();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEGOTIATION__STATUS = eINSTANCE.getNegotiation_Status();

		/**
		 * The meta object literal for the '<em><b>Status Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEGOTIATION__STATUS_SINCE = eINSTANCE.getNegotiation_StatusSince();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEGOTIATION__AGREEMENTS = eINSTANCE.getNegotiation_Agreements();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEGOTIATION__INTERVENTIONS = eINSTANCE.getNegotiation_Interventions();

		/**
		 * The meta object literal for the '<em><b>Direct Superior</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NEGOTIATION___DIRECT_SUPERIOR = eINSTANCE.getNegotiation__DirectSuperior();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.AgreementImpl <em>Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.AgreementImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getAgreement()
		 * @generated
		 */
		EClass AGREEMENT = eINSTANCE.getAgreement();

		/**
		 * The meta object literal for the '<em><b>Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__SIGNED = eINSTANCE.getAgreement_Signed();

		/**
		 * The meta object literal for the '<em><b>Signatories</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__SIGNATORIES = eINSTANCE.getAgreement_Signatories();

		/**
		 * The meta object literal for the '<em><b>Commitments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__COMMITMENTS = eINSTANCE.getAgreement_Commitments();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.CommitmentImpl <em>Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.CommitmentImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getCommitment()
		 * @generated
		 */
		EClass COMMITMENT = eINSTANCE.getCommitment();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__TASK = eINSTANCE.getCommitment_Task();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__RESPONSIBLE = eINSTANCE.getCommitment_Responsible();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DUE = eINSTANCE.getCommitment_Due();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__STATUS = eINSTANCE.getCommitment_Status();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.impl.InterventionImpl
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Intervener</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__INTERVENER = eINSTANCE.getIntervention_Intervener();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__TARGET = eINSTANCE.getIntervention_Target();

		/**
		 * The meta object literal for the '<em><b>Means</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__MEANS = eINSTANCE.getIntervention_Means();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__START = eINSTANCE.getIntervention_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__END = eINSTANCE.getIntervention_End();

		/**
		 * The meta object literal for the '<em><b>Exit Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__EXIT_CONDITION = eINSTANCE.getIntervention_ExitCondition();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__OUTCOME = eINSTANCE.getIntervention_Outcome();

		/**
		 * The meta object literal for the '<em><b>Escalated From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__ESCALATED_FROM = eINSTANCE.getIntervention_EscalatedFrom();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.Level <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.Level
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getLevel()
		 * @generated
		 */
		EEnum LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.Rank <em>Rank</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.Rank
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getRank()
		 * @generated
		 */
		EEnum RANK = eINSTANCE.getRank();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.Direction
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.Strictness <em>Strictness</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.Strictness
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getStrictness()
		 * @generated
		 */
		EEnum STRICTNESS = eINSTANCE.getStrictness();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.ArrangementKind <em>Arrangement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.ArrangementKind
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getArrangementKind()
		 * @generated
		 */
		EEnum ARRANGEMENT_KIND = eINSTANCE.getArrangementKind();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.Initiation <em>Initiation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.Initiation
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getInitiation()
		 * @generated
		 */
		EEnum INITIATION = eINSTANCE.getInitiation();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.NegotiationStatus <em>Negotiation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.NegotiationStatus
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getNegotiationStatus()
		 * @generated
		 */
		EEnum NEGOTIATION_STATUS = eINSTANCE.getNegotiationStatus();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.CommitmentStatus <em>Commitment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.CommitmentStatus
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getCommitmentStatus()
		 * @generated
		 */
		EEnum COMMITMENT_STATUS = eINSTANCE.getCommitmentStatus();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.InterventionMeans <em>Intervention Means</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.InterventionMeans
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getInterventionMeans()
		 * @generated
		 */
		EEnum INTERVENTION_MEANS = eINSTANCE.getInterventionMeans();

		/**
		 * The meta object literal for the '{@link org.chaxu.governance.InterventionOutcome <em>Intervention Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chaxu.governance.InterventionOutcome
		 * @see org.chaxu.governance.impl.GovernancePackageImpl#getInterventionOutcome()
		 * @generated
		 */
		EEnum INTERVENTION_OUTCOME = eINSTANCE.getInterventionOutcome();

	}

} //GovernancePackage
