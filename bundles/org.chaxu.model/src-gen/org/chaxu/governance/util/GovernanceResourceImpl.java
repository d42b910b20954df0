/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.chaxu.governance.util.GovernanceResourceFactoryImpl
 * @generated
 */
public class GovernanceResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public GovernanceResourceImpl(URI uri) {
		super(uri);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Dates are written as calendar days (yyyy-MM-dd), not as instants in the writer's time zone.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected org.eclipse.emf.ecore.xmi.XMLHelper createXMLHelper() {
		return new org.chaxu.governance.logic.CalendarDates(this);
	}

} //GovernanceResourceImpl
