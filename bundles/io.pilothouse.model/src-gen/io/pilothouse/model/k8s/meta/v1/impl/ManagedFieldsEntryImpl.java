/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Managed Fields Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getFieldsType <em>Fields Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getFieldsV1 <em>Fields V1</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getManager <em>Manager</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getSubresource <em>Subresource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ManagedFieldsEntryImpl#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ManagedFieldsEntryImpl extends MinimalEObjectImpl.Container implements ManagedFieldsEntry {
	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldsType() <em>Fields Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldsType()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELDS_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldsType() <em>Fields Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldsType()
	 * @generated
	 * @ordered
	 */
	protected String fieldsType = FIELDS_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldsV1() <em>Fields V1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldsV1()
	 * @generated
	 * @ordered
	 */
	protected static final JsonNode FIELDS_V1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldsV1() <em>Fields V1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldsV1()
	 * @generated
	 * @ordered
	 */
	protected JsonNode fieldsV1 = FIELDS_V1_EDEFAULT;

	/**
	 * The default value of the '{@link #getManager() <em>Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManager()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManager() <em>Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManager()
	 * @generated
	 * @ordered
	 */
	protected String manager = MANAGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected String operation = OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubresource() <em>Subresource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubresource()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBRESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubresource() <em>Subresource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubresource()
	 * @generated
	 * @ordered
	 */
	protected String subresource = SUBRESOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Time TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Time time = TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManagedFieldsEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.MANAGED_FIELDS_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldsType() {
		return fieldsType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldsType(String newFieldsType) {
		String oldFieldsType = fieldsType;
		fieldsType = newFieldsType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_TYPE, oldFieldsType, fieldsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonNode getFieldsV1() {
		return fieldsV1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldsV1(JsonNode newFieldsV1) {
		JsonNode oldFieldsV1 = fieldsV1;
		fieldsV1 = newFieldsV1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_V1, oldFieldsV1, fieldsV1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManager() {
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManager(String newManager) {
		String oldManager = manager;
		manager = newManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__MANAGER, oldManager, manager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperation() {
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(String newOperation) {
		String oldOperation = operation;
		operation = newOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__OPERATION, oldOperation, operation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubresource() {
		return subresource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubresource(String newSubresource) {
		String oldSubresource = subresource;
		subresource = newSubresource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__SUBRESOURCE, oldSubresource, subresource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Time newTime) {
		Time oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.MANAGED_FIELDS_ENTRY__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MetaV1Package.MANAGED_FIELDS_ENTRY__API_VERSION:
				return getApiVersion();
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_TYPE:
				return getFieldsType();
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_V1:
				return getFieldsV1();
			case MetaV1Package.MANAGED_FIELDS_ENTRY__MANAGER:
				return getManager();
			case MetaV1Package.MANAGED_FIELDS_ENTRY__OPERATION:
				return getOperation();
			case MetaV1Package.MANAGED_FIELDS_ENTRY__SUBRESOURCE:
				return getSubresource();
			case MetaV1Package.MANAGED_FIELDS_ENTRY__TIME:
				return getTime();
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
			case MetaV1Package.MANAGED_FIELDS_ENTRY__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_TYPE:
				setFieldsType((String)newValue);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_V1:
				setFieldsV1((JsonNode)newValue);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__MANAGER:
				setManager((String)newValue);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__OPERATION:
				setOperation((String)newValue);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__SUBRESOURCE:
				setSubresource((String)newValue);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__TIME:
				setTime((Time)newValue);
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
			case MetaV1Package.MANAGED_FIELDS_ENTRY__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_TYPE:
				setFieldsType(FIELDS_TYPE_EDEFAULT);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_V1:
				setFieldsV1(FIELDS_V1_EDEFAULT);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__MANAGER:
				setManager(MANAGER_EDEFAULT);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__OPERATION:
				setOperation(OPERATION_EDEFAULT);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__SUBRESOURCE:
				setSubresource(SUBRESOURCE_EDEFAULT);
				return;
			case MetaV1Package.MANAGED_FIELDS_ENTRY__TIME:
				setTime(TIME_EDEFAULT);
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
			case MetaV1Package.MANAGED_FIELDS_ENTRY__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_TYPE:
				return FIELDS_TYPE_EDEFAULT == null ? fieldsType != null : !FIELDS_TYPE_EDEFAULT.equals(fieldsType);
			case MetaV1Package.MANAGED_FIELDS_ENTRY__FIELDS_V1:
				return FIELDS_V1_EDEFAULT == null ? fieldsV1 != null : !FIELDS_V1_EDEFAULT.equals(fieldsV1);
			case MetaV1Package.MANAGED_FIELDS_ENTRY__MANAGER:
				return MANAGER_EDEFAULT == null ? manager != null : !MANAGER_EDEFAULT.equals(manager);
			case MetaV1Package.MANAGED_FIELDS_ENTRY__OPERATION:
				return OPERATION_EDEFAULT == null ? operation != null : !OPERATION_EDEFAULT.equals(operation);
			case MetaV1Package.MANAGED_FIELDS_ENTRY__SUBRESOURCE:
				return SUBRESOURCE_EDEFAULT == null ? subresource != null : !SUBRESOURCE_EDEFAULT.equals(subresource);
			case MetaV1Package.MANAGED_FIELDS_ENTRY__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", fieldsType: ");
		result.append(fieldsType);
		result.append(", fieldsV1: ");
		result.append(fieldsV1);
		result.append(", manager: ");
		result.append(manager);
		result.append(", operation: ");
		result.append(operation);
		result.append(", subresource: ");
		result.append(subresource);
		result.append(", time: ");
		result.append(time);
		result.append(')');
		return result.toString();
	}

} //ManagedFieldsEntryImpl
