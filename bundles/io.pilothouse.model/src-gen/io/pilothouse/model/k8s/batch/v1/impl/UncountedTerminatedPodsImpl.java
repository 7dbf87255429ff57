/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.UncountedTerminatedPods;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Uncounted Terminated Pods</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.UncountedTerminatedPodsImpl#getFailed <em>Failed</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.UncountedTerminatedPodsImpl#getSucceeded <em>Succeeded</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UncountedTerminatedPodsImpl extends MinimalEObjectImpl.Container implements UncountedTerminatedPods {
	/**
	 * The cached value of the '{@link #getFailed() <em>Failed</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailed()
	 * @generated
	 * @ordered
	 */
	protected EList<String> failed;

	/**
	 * The cached value of the '{@link #getSucceeded() <em>Succeeded</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSucceeded()
	 * @generated
	 * @ordered
	 */
	protected EList<String> succeeded;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UncountedTerminatedPodsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.UNCOUNTED_TERMINATED_PODS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFailed() {
		if (failed == null) {
			failed = new EDataTypeUniqueEList<String>(String.class, this, BatchV1Package.UNCOUNTED_TERMINATED_PODS__FAILED);
		}
		return failed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSucceeded() {
		if (succeeded == null) {
			succeeded = new EDataTypeUniqueEList<String>(String.class, this, BatchV1Package.UNCOUNTED_TERMINATED_PODS__SUCCEEDED);
		}
		return succeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__FAILED:
				return getFailed();
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__SUCCEEDED:
				return getSucceeded();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__FAILED:
				getFailed().clear();
				getFailed().addAll((Collection<? extends String>)newValue);
				return;
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__SUCCEEDED:
				getSucceeded().clear();
				getSucceeded().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__FAILED:
				getFailed().clear();
				return;
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__SUCCEEDED:
				getSucceeded().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__FAILED:
				return failed != null && !failed.isEmpty();
			case BatchV1Package.UNCOUNTED_TERMINATED_PODS__SUCCEEDED:
				return succeeded != null && !succeeded.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (failed: ");
		result.append(failed);
		result.append(", succeeded: ");
		result.append(succeeded);
		result.append(')');
		return result.toString();
	}

} //UncountedTerminatedPodsImpl
