/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.resource.v1beta1.ResourcePool;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.ResourcePoolImpl#getResourceSliceCount <em>Resource Slice Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourcePoolImpl extends MinimalEObjectImpl.Container implements ResourcePool {
	/**
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long generation = GENERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceSliceCount() <em>Resource Slice Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceSliceCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long RESOURCE_SLICE_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceSliceCount() <em>Resource Slice Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceSliceCount()
	 * @generated
	 * @ordered
	 */
	protected Long resourceSliceCount = RESOURCE_SLICE_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourcePoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.RESOURCE_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getGeneration() {
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(Long newGeneration) {
		Long oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_POOL__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_POOL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getResourceSliceCount() {
		return resourceSliceCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceSliceCount(Long newResourceSliceCount) {
		Long oldResourceSliceCount = resourceSliceCount;
		resourceSliceCount = newResourceSliceCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.RESOURCE_POOL__RESOURCE_SLICE_COUNT, oldResourceSliceCount, resourceSliceCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1beta1Package.RESOURCE_POOL__GENERATION:
				return getGeneration();
			case ResourceV1beta1Package.RESOURCE_POOL__NAME:
				return getName();
			case ResourceV1beta1Package.RESOURCE_POOL__RESOURCE_SLICE_COUNT:
				return getResourceSliceCount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ResourceV1beta1Package.RESOURCE_POOL__GENERATION:
				setGeneration((Long)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_POOL__NAME:
				setName((String)newValue);
				return;
			case ResourceV1beta1Package.RESOURCE_POOL__RESOURCE_SLICE_COUNT:
				setResourceSliceCount((Long)newValue);
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
			case ResourceV1beta1Package.RESOURCE_POOL__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
			case ResourceV1beta1Package.RESOURCE_POOL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ResourceV1beta1Package.RESOURCE_POOL__RESOURCE_SLICE_COUNT:
				setResourceSliceCount(RESOURCE_SLICE_COUNT_EDEFAULT);
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
			case ResourceV1beta1Package.RESOURCE_POOL__GENERATION:
				return GENERATION_EDEFAULT == null ? generation != null : !GENERATION_EDEFAULT.equals(generation);
			case ResourceV1beta1Package.RESOURCE_POOL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ResourceV1beta1Package.RESOURCE_POOL__RESOURCE_SLICE_COUNT:
				return RESOURCE_SLICE_COUNT_EDEFAULT == null ? resourceSliceCount != null : !RESOURCE_SLICE_COUNT_EDEFAULT.equals(resourceSliceCount);
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
		result.append(" (generation: ");
		result.append(generation);
		result.append(", name: ");
		result.append(name);
		result.append(", resourceSliceCount: ");
		result.append(resourceSliceCount);
		result.append(')');
		return result.toString();
	}

} //ResourcePoolImpl
