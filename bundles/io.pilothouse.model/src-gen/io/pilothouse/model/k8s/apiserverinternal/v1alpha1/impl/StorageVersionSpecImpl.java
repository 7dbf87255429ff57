/**
 */
package io.pilothouse.model.k8s.apiserverinternal.v1alpha1.impl;

import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.ApiserverinternalV1alpha1Package;
import io.pilothouse.model.k8s.apiserverinternal.v1alpha1.StorageVersionSpec;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Storage Version Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class StorageVersionSpecImpl extends MinimalEObjectImpl.Container implements StorageVersionSpec {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageVersionSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiserverinternalV1alpha1Package.Literals.STORAGE_VERSION_SPEC;
	}

} //StorageVersionSpecImpl
