/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3.impl;

import io.pilothouse.model.k8s.resource.v1alpha3.ResourcePoolStatusRequestSpec;
import io.pilothouse.model.k8s.resource.v1alpha3.ResourceV1alpha3Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Pool Status Request Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl#getLimit <em>Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1alpha3.impl.ResourcePoolStatusRequestSpecImpl#getPoolName <em>Pool Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourcePoolStatusRequestSpecImpl extends MinimalEObjectImpl.Container implements ResourcePoolStatusRequestSpec {
	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimit() <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLimit() <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer limit = LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoolName() <em>Pool Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolName()
	 * @generated
	 * @ordered
	 */
	protected static final String POOL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoolName() <em>Pool Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolName()
	 * @generated
	 * @ordered
	 */
	protected String poolName = POOL_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourcePoolStatusRequestSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1alpha3Package.Literals.RESOURCE_POOL_STATUS_REQUEST_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLimit() {
		return limit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimit(Integer newLimit) {
		Integer oldLimit = limit;
		limit = newLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT, oldLimit, limit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPoolName() {
		return poolName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoolName(String newPoolName) {
		String oldPoolName = poolName;
		poolName = newPoolName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME, oldPoolName, poolName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER:
				return getDriver();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT:
				return getLimit();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME:
				return getPoolName();
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER:
				setDriver((String)newValue);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT:
				setLimit((Integer)newValue);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME:
				setPoolName((String)newValue);
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT:
				setLimit(LIMIT_EDEFAULT);
				return;
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME:
				setPoolName(POOL_NAME_EDEFAULT);
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
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__LIMIT:
				return LIMIT_EDEFAULT == null ? limit != null : !LIMIT_EDEFAULT.equals(limit);
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC__POOL_NAME:
				return POOL_NAME_EDEFAULT == null ? poolName != null : !POOL_NAME_EDEFAULT.equals(poolName);
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
		result.append(" (driver: ");
		result.append(driver);
		result.append(", limit: ");
		result.append(limit);
		result.append(", poolName: ");
		result.append(poolName);
		result.append(')');
		return result.toString();
	}

} //ResourcePoolStatusRequestSpecImpl
