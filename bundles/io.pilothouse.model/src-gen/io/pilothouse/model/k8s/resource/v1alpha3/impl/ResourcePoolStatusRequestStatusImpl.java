/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3.impl;

import io.pilothouse.model.k8s.meta.v1.Condition;

import io.pilothouse.model.k8s.resource.v1alpha3.PoolStatus;
import io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestStatus;
import io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Pool Status Request Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl#getPoolCount <em>Pool Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestStatusImpl#getPools <em>Pools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourcePoolStatusRequestStatusImpl extends MinimalEObjectImpl.Container implements ResourcePoolStatusRequestStatus {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getPoolCount() <em>Pool Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer POOL_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoolCount() <em>Pool Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolCount()
	 * @generated
	 * @ordered
	 */
	protected Integer poolCount = POOL_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPools() <em>Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPools()
	 * @generated
	 * @ordered
	 */
	protected EList<PoolStatus> pools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourcePoolStatusRequestStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1alpha3Package.Literals.RESOURCE_POOL_STATUS_REQUEST_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPoolCount() {
		return poolCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoolCount(Integer newPoolCount) {
		Integer oldPoolCount = poolCount;
		poolCount = newPoolCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT, oldPoolCount, poolCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PoolStatus> getPools() {
		if (pools == null) {
			pools = new EObjectContainmentEList<PoolStatus>(PoolStatus.class, this, ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS);
		}
		return pools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS:
				return ((InternalEList<?>)getPools()).basicRemove(otherEnd, msgs);
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS:
				return getConditions();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT:
				return getPoolCount();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS:
				return getPools();
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT:
				setPoolCount((Integer)newValue);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS:
				getPools().clear();
				getPools().addAll((Collection<? extends PoolStatus>)newValue);
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT:
				setPoolCount(POOL_COUNT_EDEFAULT);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS:
				getPools().clear();
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOL_COUNT:
				return POOL_COUNT_EDEFAULT == null ? poolCount != null : !POOL_COUNT_EDEFAULT.equals(poolCount);
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS__POOLS:
				return pools != null && !pools.isEmpty();
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
		result.append(" (poolCount: ");
		result.append(poolCount);
		result.append(')');
		return result.toString();
	}

} //ResourcePoolStatusRequestStatusImpl
