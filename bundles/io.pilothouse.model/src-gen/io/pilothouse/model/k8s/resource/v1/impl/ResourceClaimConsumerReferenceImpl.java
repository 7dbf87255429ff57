/**
 */
package io.pilothouse.model.k8s.resource.v1.impl;

import io.pilothouse.model.k8s.resource.v1.ResourceClaimConsumerReference;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Claim Consumer Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimConsumerReferenceImpl#getApiGroup <em>Api Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimConsumerReferenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimConsumerReferenceImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1.impl.ResourceClaimConsumerReferenceImpl#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceClaimConsumerReferenceImpl extends MinimalEObjectImpl.Container implements ResourceClaimConsumerReference {
	/**
	 * The default value of the '{@link #getApiGroup() <em>Api Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String API_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiGroup() <em>Api Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiGroup()
	 * @generated
	 * @ordered
	 */
	protected String apiGroup = API_GROUP_EDEFAULT;

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
	 * The default value of the '{@link #getResource() <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected String resource = RESOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceClaimConsumerReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1Package.Literals.RESOURCE_CLAIM_CONSUMER_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiGroup() {
		return apiGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiGroup(String newApiGroup) {
		String oldApiGroup = apiGroup;
		apiGroup = newApiGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP, oldApiGroup, apiGroup));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResource(String newResource) {
		String oldResource = resource;
		resource = newResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE, oldResource, resource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP:
				return getApiGroup();
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME:
				return getName();
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE:
				return getResource();
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__UID:
				return getUid();
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
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP:
				setApiGroup((String)newValue);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME:
				setName((String)newValue);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE:
				setResource((String)newValue);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__UID:
				setUid((String)newValue);
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
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP:
				setApiGroup(API_GROUP_EDEFAULT);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE:
				setResource(RESOURCE_EDEFAULT);
				return;
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__UID:
				setUid(UID_EDEFAULT);
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
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__API_GROUP:
				return API_GROUP_EDEFAULT == null ? apiGroup != null : !API_GROUP_EDEFAULT.equals(apiGroup);
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__RESOURCE:
				return RESOURCE_EDEFAULT == null ? resource != null : !RESOURCE_EDEFAULT.equals(resource);
			case ResourceV1Package.RESOURCE_CLAIM_CONSUMER_REFERENCE__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
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
		result.append(" (apiGroup: ");
		result.append(apiGroup);
		result.append(", name: ");
		result.append(name);
		result.append(", resource: ");
		result.append(resource);
		result.append(", uid: ");
		result.append(uid);
		result.append(')');
		return result.toString();
	}

} //ResourceClaimConsumerReferenceImpl
