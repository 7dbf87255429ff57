/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceStatus;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Resource Subresource Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CustomResourceSubresourceStatusImpl extends MinimalEObjectImpl.Container implements CustomResourceSubresourceStatus {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceSubresourceStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_SUBRESOURCE_STATUS;
	}

} //CustomResourceSubresourceStatusImpl
