/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ISCSIPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.SecretReference;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>ISCSI Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getChapAuthDiscovery <em>Chap Auth Discovery</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getChapAuthSession <em>Chap Auth Session</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getInitiatorName <em>Initiator Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getIqn <em>Iqn</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getIscsiInterface <em>Iscsi Interface</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getLun <em>Lun</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getPortals <em>Portals</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ISCSIPersistentVolumeSourceImpl#getTargetPortal <em>Target Portal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ISCSIPersistentVolumeSourceImpl extends MinimalEObjectImpl.Container implements ISCSIPersistentVolumeSource {
	/**
	 * The default value of the '{@link #getChapAuthDiscovery() <em>Chap Auth Discovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapAuthDiscovery()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CHAP_AUTH_DISCOVERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChapAuthDiscovery() <em>Chap Auth Discovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapAuthDiscovery()
	 * @generated
	 * @ordered
	 */
	protected Boolean chapAuthDiscovery = CHAP_AUTH_DISCOVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChapAuthSession() <em>Chap Auth Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapAuthSession()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CHAP_AUTH_SESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChapAuthSession() <em>Chap Auth Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChapAuthSession()
	 * @generated
	 * @ordered
	 */
	protected Boolean chapAuthSession = CHAP_AUTH_SESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected static final String FS_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFsType() <em>Fs Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsType()
	 * @generated
	 * @ordered
	 */
	protected String fsType = FS_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitiatorName() <em>Initiator Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorName()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIATOR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitiatorName() <em>Initiator Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorName()
	 * @generated
	 * @ordered
	 */
	protected String initiatorName = INITIATOR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIqn() <em>Iqn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIqn()
	 * @generated
	 * @ordered
	 */
	protected static final String IQN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIqn() <em>Iqn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIqn()
	 * @generated
	 * @ordered
	 */
	protected String iqn = IQN_EDEFAULT;

	/**
	 * The default value of the '{@link #getIscsiInterface() <em>Iscsi Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIscsiInterface()
	 * @generated
	 * @ordered
	 */
	protected static final String ISCSI_INTERFACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIscsiInterface() <em>Iscsi Interface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIscsiInterface()
	 * @generated
	 * @ordered
	 */
	protected String iscsiInterface = ISCSI_INTERFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLun() <em>Lun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLun()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLun() <em>Lun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLun()
	 * @generated
	 * @ordered
	 */
	protected Integer lun = LUN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPortals() <em>Portals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> portals;

	/**
	 * The default value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecretRef() <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretReference secretRef;

	/**
	 * The default value of the '{@link #getTargetPortal() <em>Target Portal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPortal()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_PORTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetPortal() <em>Target Portal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPortal()
	 * @generated
	 * @ordered
	 */
	protected String targetPortal = TARGET_PORTAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ISCSIPersistentVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.ISCSI_PERSISTENT_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getChapAuthDiscovery() {
		return chapAuthDiscovery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChapAuthDiscovery(Boolean newChapAuthDiscovery) {
		Boolean oldChapAuthDiscovery = chapAuthDiscovery;
		chapAuthDiscovery = newChapAuthDiscovery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_DISCOVERY, oldChapAuthDiscovery, chapAuthDiscovery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getChapAuthSession() {
		return chapAuthSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChapAuthSession(Boolean newChapAuthSession) {
		Boolean oldChapAuthSession = chapAuthSession;
		chapAuthSession = newChapAuthSession;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_SESSION, oldChapAuthSession, chapAuthSession));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFsType() {
		return fsType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsType(String newFsType) {
		String oldFsType = fsType;
		fsType = newFsType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitiatorName() {
		return initiatorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiatorName(String newInitiatorName) {
		String oldInitiatorName = initiatorName;
		initiatorName = newInitiatorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__INITIATOR_NAME, oldInitiatorName, initiatorName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIqn() {
		return iqn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIqn(String newIqn) {
		String oldIqn = iqn;
		iqn = newIqn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__IQN, oldIqn, iqn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIscsiInterface() {
		return iscsiInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIscsiInterface(String newIscsiInterface) {
		String oldIscsiInterface = iscsiInterface;
		iscsiInterface = newIscsiInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__ISCSI_INTERFACE, oldIscsiInterface, iscsiInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLun() {
		return lun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLun(Integer newLun) {
		Integer oldLun = lun;
		lun = newLun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__LUN, oldLun, lun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPortals() {
		if (portals == null) {
			portals = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__PORTALS);
		}
		return portals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(Boolean newReadOnly) {
		Boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecretRef(SecretReference newSecretRef, NotificationChain msgs) {
		SecretReference oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretRef(SecretReference newSecretRef) {
		if (newSecretRef != secretRef) {
			NotificationChain msgs = null;
			if (secretRef != null)
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetPortal() {
		return targetPortal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPortal(String newTargetPortal) {
		String oldTargetPortal = targetPortal;
		targetPortal = newTargetPortal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__TARGET_PORTAL, oldTargetPortal, targetPortal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return basicSetSecretRef(null, msgs);
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
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_DISCOVERY:
				return getChapAuthDiscovery();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_SESSION:
				return getChapAuthSession();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__INITIATOR_NAME:
				return getInitiatorName();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__IQN:
				return getIqn();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__ISCSI_INTERFACE:
				return getIscsiInterface();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__LUN:
				return getLun();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__PORTALS:
				return getPortals();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return getSecretRef();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__TARGET_PORTAL:
				return getTargetPortal();
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
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_DISCOVERY:
				setChapAuthDiscovery((Boolean)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_SESSION:
				setChapAuthSession((Boolean)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__INITIATOR_NAME:
				setInitiatorName((String)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__IQN:
				setIqn((String)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__ISCSI_INTERFACE:
				setIscsiInterface((String)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__LUN:
				setLun((Integer)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__PORTALS:
				getPortals().clear();
				getPortals().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__TARGET_PORTAL:
				setTargetPortal((String)newValue);
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
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_DISCOVERY:
				setChapAuthDiscovery(CHAP_AUTH_DISCOVERY_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_SESSION:
				setChapAuthSession(CHAP_AUTH_SESSION_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__INITIATOR_NAME:
				setInitiatorName(INITIATOR_NAME_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__IQN:
				setIqn(IQN_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__ISCSI_INTERFACE:
				setIscsiInterface(ISCSI_INTERFACE_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__LUN:
				setLun(LUN_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__PORTALS:
				getPortals().clear();
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				setSecretRef((SecretReference)null);
				return;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__TARGET_PORTAL:
				setTargetPortal(TARGET_PORTAL_EDEFAULT);
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
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_DISCOVERY:
				return CHAP_AUTH_DISCOVERY_EDEFAULT == null ? chapAuthDiscovery != null : !CHAP_AUTH_DISCOVERY_EDEFAULT.equals(chapAuthDiscovery);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__CHAP_AUTH_SESSION:
				return CHAP_AUTH_SESSION_EDEFAULT == null ? chapAuthSession != null : !CHAP_AUTH_SESSION_EDEFAULT.equals(chapAuthSession);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__INITIATOR_NAME:
				return INITIATOR_NAME_EDEFAULT == null ? initiatorName != null : !INITIATOR_NAME_EDEFAULT.equals(initiatorName);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__IQN:
				return IQN_EDEFAULT == null ? iqn != null : !IQN_EDEFAULT.equals(iqn);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__ISCSI_INTERFACE:
				return ISCSI_INTERFACE_EDEFAULT == null ? iscsiInterface != null : !ISCSI_INTERFACE_EDEFAULT.equals(iscsiInterface);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__LUN:
				return LUN_EDEFAULT == null ? lun != null : !LUN_EDEFAULT.equals(lun);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__PORTALS:
				return portals != null && !portals.isEmpty();
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__SECRET_REF:
				return secretRef != null;
			case CoreV1Package.ISCSI_PERSISTENT_VOLUME_SOURCE__TARGET_PORTAL:
				return TARGET_PORTAL_EDEFAULT == null ? targetPortal != null : !TARGET_PORTAL_EDEFAULT.equals(targetPortal);
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
		result.append(" (chapAuthDiscovery: ");
		result.append(chapAuthDiscovery);
		result.append(", chapAuthSession: ");
		result.append(chapAuthSession);
		result.append(", fsType: ");
		result.append(fsType);
		result.append(", initiatorName: ");
		result.append(initiatorName);
		result.append(", iqn: ");
		result.append(iqn);
		result.append(", iscsiInterface: ");
		result.append(iscsiInterface);
		result.append(", lun: ");
		result.append(lun);
		result.append(", portals: ");
		result.append(portals);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", targetPortal: ");
		result.append(targetPortal);
		result.append(')');
		return result.toString();
	}

} //ISCSIPersistentVolumeSourceImpl
