/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CSIPersistentVolumeSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.SecretReference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>CSI Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getControllerExpandSecretRef <em>Controller Expand Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getControllerPublishSecretRef <em>Controller Publish Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getFsType <em>Fs Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getNodeExpandSecretRef <em>Node Expand Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getNodePublishSecretRef <em>Node Publish Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getNodeStageSecretRef <em>Node Stage Secret Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getVolumeAttributes <em>Volume Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CSIPersistentVolumeSourceImpl#getVolumeHandle <em>Volume Handle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CSIPersistentVolumeSourceImpl extends MinimalEObjectImpl.Container implements CSIPersistentVolumeSource {
	/**
	 * The cached value of the '{@link #getControllerExpandSecretRef() <em>Controller Expand Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerExpandSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretReference controllerExpandSecretRef;

	/**
	 * The cached value of the '{@link #getControllerPublishSecretRef() <em>Controller Publish Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerPublishSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretReference controllerPublishSecretRef;

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
	 * The cached value of the '{@link #getNodeExpandSecretRef() <em>Node Expand Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeExpandSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretReference nodeExpandSecretRef;

	/**
	 * The cached value of the '{@link #getNodePublishSecretRef() <em>Node Publish Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodePublishSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretReference nodePublishSecretRef;

	/**
	 * The cached value of the '{@link #getNodeStageSecretRef() <em>Node Stage Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeStageSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretReference nodeStageSecretRef;

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
	 * The cached value of the '{@link #getVolumeAttributes() <em>Volume Attributes</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeAttributes()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> volumeAttributes;

	/**
	 * The default value of the '{@link #getVolumeHandle() <em>Volume Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeHandle()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_HANDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeHandle() <em>Volume Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeHandle()
	 * @generated
	 * @ordered
	 */
	protected String volumeHandle = VOLUME_HANDLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CSIPersistentVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CSI_PERSISTENT_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getControllerExpandSecretRef() {
		return controllerExpandSecretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetControllerExpandSecretRef(SecretReference newControllerExpandSecretRef, NotificationChain msgs) {
		SecretReference oldControllerExpandSecretRef = controllerExpandSecretRef;
		controllerExpandSecretRef = newControllerExpandSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF, oldControllerExpandSecretRef, newControllerExpandSecretRef);
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
	public void setControllerExpandSecretRef(SecretReference newControllerExpandSecretRef) {
		if (newControllerExpandSecretRef != controllerExpandSecretRef) {
			NotificationChain msgs = null;
			if (controllerExpandSecretRef != null)
				msgs = ((InternalEObject)controllerExpandSecretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF, null, msgs);
			if (newControllerExpandSecretRef != null)
				msgs = ((InternalEObject)newControllerExpandSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF, null, msgs);
			msgs = basicSetControllerExpandSecretRef(newControllerExpandSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF, newControllerExpandSecretRef, newControllerExpandSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getControllerPublishSecretRef() {
		return controllerPublishSecretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetControllerPublishSecretRef(SecretReference newControllerPublishSecretRef, NotificationChain msgs) {
		SecretReference oldControllerPublishSecretRef = controllerPublishSecretRef;
		controllerPublishSecretRef = newControllerPublishSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF, oldControllerPublishSecretRef, newControllerPublishSecretRef);
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
	public void setControllerPublishSecretRef(SecretReference newControllerPublishSecretRef) {
		if (newControllerPublishSecretRef != controllerPublishSecretRef) {
			NotificationChain msgs = null;
			if (controllerPublishSecretRef != null)
				msgs = ((InternalEObject)controllerPublishSecretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF, null, msgs);
			if (newControllerPublishSecretRef != null)
				msgs = ((InternalEObject)newControllerPublishSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF, null, msgs);
			msgs = basicSetControllerPublishSecretRef(newControllerPublishSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF, newControllerPublishSecretRef, newControllerPublishSecretRef));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__DRIVER, oldDriver, driver));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE, oldFsType, fsType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getNodeExpandSecretRef() {
		return nodeExpandSecretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeExpandSecretRef(SecretReference newNodeExpandSecretRef, NotificationChain msgs) {
		SecretReference oldNodeExpandSecretRef = nodeExpandSecretRef;
		nodeExpandSecretRef = newNodeExpandSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF, oldNodeExpandSecretRef, newNodeExpandSecretRef);
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
	public void setNodeExpandSecretRef(SecretReference newNodeExpandSecretRef) {
		if (newNodeExpandSecretRef != nodeExpandSecretRef) {
			NotificationChain msgs = null;
			if (nodeExpandSecretRef != null)
				msgs = ((InternalEObject)nodeExpandSecretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF, null, msgs);
			if (newNodeExpandSecretRef != null)
				msgs = ((InternalEObject)newNodeExpandSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF, null, msgs);
			msgs = basicSetNodeExpandSecretRef(newNodeExpandSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF, newNodeExpandSecretRef, newNodeExpandSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getNodePublishSecretRef() {
		return nodePublishSecretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodePublishSecretRef(SecretReference newNodePublishSecretRef, NotificationChain msgs) {
		SecretReference oldNodePublishSecretRef = nodePublishSecretRef;
		nodePublishSecretRef = newNodePublishSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF, oldNodePublishSecretRef, newNodePublishSecretRef);
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
	public void setNodePublishSecretRef(SecretReference newNodePublishSecretRef) {
		if (newNodePublishSecretRef != nodePublishSecretRef) {
			NotificationChain msgs = null;
			if (nodePublishSecretRef != null)
				msgs = ((InternalEObject)nodePublishSecretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF, null, msgs);
			if (newNodePublishSecretRef != null)
				msgs = ((InternalEObject)newNodePublishSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF, null, msgs);
			msgs = basicSetNodePublishSecretRef(newNodePublishSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF, newNodePublishSecretRef, newNodePublishSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getNodeStageSecretRef() {
		return nodeStageSecretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeStageSecretRef(SecretReference newNodeStageSecretRef, NotificationChain msgs) {
		SecretReference oldNodeStageSecretRef = nodeStageSecretRef;
		nodeStageSecretRef = newNodeStageSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF, oldNodeStageSecretRef, newNodeStageSecretRef);
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
	public void setNodeStageSecretRef(SecretReference newNodeStageSecretRef) {
		if (newNodeStageSecretRef != nodeStageSecretRef) {
			NotificationChain msgs = null;
			if (nodeStageSecretRef != null)
				msgs = ((InternalEObject)nodeStageSecretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF, null, msgs);
			if (newNodeStageSecretRef != null)
				msgs = ((InternalEObject)newNodeStageSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF, null, msgs);
			msgs = basicSetNodeStageSecretRef(newNodeStageSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF, newNodeStageSecretRef, newNodeStageSecretRef));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getVolumeAttributes() {
		if (volumeAttributes == null) {
			volumeAttributes = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_ATTRIBUTES);
		}
		return volumeAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeHandle() {
		return volumeHandle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeHandle(String newVolumeHandle) {
		String oldVolumeHandle = volumeHandle;
		volumeHandle = newVolumeHandle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_HANDLE, oldVolumeHandle, volumeHandle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF:
				return basicSetControllerExpandSecretRef(null, msgs);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF:
				return basicSetControllerPublishSecretRef(null, msgs);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF:
				return basicSetNodeExpandSecretRef(null, msgs);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF:
				return basicSetNodePublishSecretRef(null, msgs);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF:
				return basicSetNodeStageSecretRef(null, msgs);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_ATTRIBUTES:
				return ((InternalEList<?>)getVolumeAttributes()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF:
				return getControllerExpandSecretRef();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF:
				return getControllerPublishSecretRef();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__DRIVER:
				return getDriver();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				return getFsType();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF:
				return getNodeExpandSecretRef();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF:
				return getNodePublishSecretRef();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF:
				return getNodeStageSecretRef();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_ATTRIBUTES:
				if (coreType) return getVolumeAttributes();
				else return getVolumeAttributes().map();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_HANDLE:
				return getVolumeHandle();
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
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF:
				setControllerExpandSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF:
				setControllerPublishSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__DRIVER:
				setDriver((String)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				setFsType((String)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF:
				setNodeExpandSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF:
				setNodePublishSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF:
				setNodeStageSecretRef((SecretReference)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_ATTRIBUTES:
				((EStructuralFeature.Setting)getVolumeAttributes()).set(newValue);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_HANDLE:
				setVolumeHandle((String)newValue);
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
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF:
				setControllerExpandSecretRef((SecretReference)null);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF:
				setControllerPublishSecretRef((SecretReference)null);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				setFsType(FS_TYPE_EDEFAULT);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF:
				setNodeExpandSecretRef((SecretReference)null);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF:
				setNodePublishSecretRef((SecretReference)null);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF:
				setNodeStageSecretRef((SecretReference)null);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_ATTRIBUTES:
				getVolumeAttributes().clear();
				return;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_HANDLE:
				setVolumeHandle(VOLUME_HANDLE_EDEFAULT);
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
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_EXPAND_SECRET_REF:
				return controllerExpandSecretRef != null;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__CONTROLLER_PUBLISH_SECRET_REF:
				return controllerPublishSecretRef != null;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__FS_TYPE:
				return FS_TYPE_EDEFAULT == null ? fsType != null : !FS_TYPE_EDEFAULT.equals(fsType);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_EXPAND_SECRET_REF:
				return nodeExpandSecretRef != null;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_PUBLISH_SECRET_REF:
				return nodePublishSecretRef != null;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__NODE_STAGE_SECRET_REF:
				return nodeStageSecretRef != null;
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_ATTRIBUTES:
				return volumeAttributes != null && !volumeAttributes.isEmpty();
			case CoreV1Package.CSI_PERSISTENT_VOLUME_SOURCE__VOLUME_HANDLE:
				return VOLUME_HANDLE_EDEFAULT == null ? volumeHandle != null : !VOLUME_HANDLE_EDEFAULT.equals(volumeHandle);
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
		result.append(", fsType: ");
		result.append(fsType);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", volumeHandle: ");
		result.append(volumeHandle);
		result.append(')');
		return result.toString();
	}

} //CSIPersistentVolumeSourceImpl
