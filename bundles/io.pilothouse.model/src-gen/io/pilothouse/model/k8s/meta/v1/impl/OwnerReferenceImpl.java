/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Owner Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl#getBlockOwnerDeletion <em>Block Owner Deletion</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl#getController <em>Controller</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.OwnerReferenceImpl#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OwnerReferenceImpl extends MinimalEObjectImpl.Container implements OwnerReference {
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
	 * The default value of the '{@link #getBlockOwnerDeletion() <em>Block Owner Deletion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockOwnerDeletion()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean BLOCK_OWNER_DELETION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlockOwnerDeletion() <em>Block Owner Deletion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockOwnerDeletion()
	 * @generated
	 * @ordered
	 */
	protected Boolean blockOwnerDeletion = BLOCK_OWNER_DELETION_EDEFAULT;

	/**
	 * The default value of the '{@link #getController() <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getController()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CONTROLLER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getController() <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getController()
	 * @generated
	 * @ordered
	 */
	protected Boolean controller = CONTROLLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

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
	protected OwnerReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.OWNER_REFERENCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OWNER_REFERENCE__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getBlockOwnerDeletion() {
		return blockOwnerDeletion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockOwnerDeletion(Boolean newBlockOwnerDeletion) {
		Boolean oldBlockOwnerDeletion = blockOwnerDeletion;
		blockOwnerDeletion = newBlockOwnerDeletion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OWNER_REFERENCE__BLOCK_OWNER_DELETION, oldBlockOwnerDeletion, blockOwnerDeletion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getController() {
		return controller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setController(Boolean newController) {
		Boolean oldController = controller;
		controller = newController;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OWNER_REFERENCE__CONTROLLER, oldController, controller));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OWNER_REFERENCE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OWNER_REFERENCE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OWNER_REFERENCE__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MetaV1Package.OWNER_REFERENCE__API_VERSION:
				return getApiVersion();
			case MetaV1Package.OWNER_REFERENCE__BLOCK_OWNER_DELETION:
				return getBlockOwnerDeletion();
			case MetaV1Package.OWNER_REFERENCE__CONTROLLER:
				return getController();
			case MetaV1Package.OWNER_REFERENCE__KIND:
				return getKind();
			case MetaV1Package.OWNER_REFERENCE__NAME:
				return getName();
			case MetaV1Package.OWNER_REFERENCE__UID:
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
			case MetaV1Package.OWNER_REFERENCE__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case MetaV1Package.OWNER_REFERENCE__BLOCK_OWNER_DELETION:
				setBlockOwnerDeletion((Boolean)newValue);
				return;
			case MetaV1Package.OWNER_REFERENCE__CONTROLLER:
				setController((Boolean)newValue);
				return;
			case MetaV1Package.OWNER_REFERENCE__KIND:
				setKind((String)newValue);
				return;
			case MetaV1Package.OWNER_REFERENCE__NAME:
				setName((String)newValue);
				return;
			case MetaV1Package.OWNER_REFERENCE__UID:
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
			case MetaV1Package.OWNER_REFERENCE__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case MetaV1Package.OWNER_REFERENCE__BLOCK_OWNER_DELETION:
				setBlockOwnerDeletion(BLOCK_OWNER_DELETION_EDEFAULT);
				return;
			case MetaV1Package.OWNER_REFERENCE__CONTROLLER:
				setController(CONTROLLER_EDEFAULT);
				return;
			case MetaV1Package.OWNER_REFERENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MetaV1Package.OWNER_REFERENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MetaV1Package.OWNER_REFERENCE__UID:
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
			case MetaV1Package.OWNER_REFERENCE__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case MetaV1Package.OWNER_REFERENCE__BLOCK_OWNER_DELETION:
				return BLOCK_OWNER_DELETION_EDEFAULT == null ? blockOwnerDeletion != null : !BLOCK_OWNER_DELETION_EDEFAULT.equals(blockOwnerDeletion);
			case MetaV1Package.OWNER_REFERENCE__CONTROLLER:
				return CONTROLLER_EDEFAULT == null ? controller != null : !CONTROLLER_EDEFAULT.equals(controller);
			case MetaV1Package.OWNER_REFERENCE__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case MetaV1Package.OWNER_REFERENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MetaV1Package.OWNER_REFERENCE__UID:
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", blockOwnerDeletion: ");
		result.append(blockOwnerDeletion);
		result.append(", controller: ");
		result.append(controller);
		result.append(", kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", uid: ");
		result.append(uid);
		result.append(')');
		return result.toString();
	}

} //OwnerReferenceImpl
