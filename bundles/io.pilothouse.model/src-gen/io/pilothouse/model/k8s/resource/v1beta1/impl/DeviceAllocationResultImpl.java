/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration;
import io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationResult;
import io.pilothouse.model.k8s.resource.v1beta1.DeviceRequestAllocationResult;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Allocation Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationResultImpl#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationResultImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceAllocationResultImpl extends MinimalEObjectImpl.Container implements DeviceAllocationResult {
	/**
	 * The cached value of the '{@link #getConfig() <em>Config</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfig()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceAllocationConfiguration> config;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceRequestAllocationResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceAllocationResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.DEVICE_ALLOCATION_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceAllocationConfiguration> getConfig() {
		if (config == null) {
			config = new EObjectContainmentEList<DeviceAllocationConfiguration>(DeviceAllocationConfiguration.class, this, ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__CONFIG);
		}
		return config;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceRequestAllocationResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<DeviceRequestAllocationResult>(DeviceRequestAllocationResult.class, this, ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__CONFIG:
				return ((InternalEList<?>)getConfig()).basicRemove(otherEnd, msgs);
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__CONFIG:
				return getConfig();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__RESULTS:
				return getResults();
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__CONFIG:
				getConfig().clear();
				getConfig().addAll((Collection<? extends DeviceAllocationConfiguration>)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends DeviceRequestAllocationResult>)newValue);
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__CONFIG:
				getConfig().clear();
				return;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__RESULTS:
				getResults().clear();
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__CONFIG:
				return config != null && !config.isEmpty();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_RESULT__RESULTS:
				return results != null && !results.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DeviceAllocationResultImpl
