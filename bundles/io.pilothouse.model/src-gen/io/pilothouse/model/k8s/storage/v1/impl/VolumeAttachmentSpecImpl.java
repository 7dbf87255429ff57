/**
 */
package io.pilothouse.model.k8s.storage.v1.impl;

import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSource;
import io.pilothouse.model.k8s.storage.v1.VolumeAttachmentSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Attachment Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl#getAttacher <em>Attacher</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl#getNodeName <em>Node Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.storage.v1.impl.VolumeAttachmentSpecImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeAttachmentSpecImpl extends MinimalEObjectImpl.Container implements VolumeAttachmentSpec {
	/**
	 * The default value of the '{@link #getAttacher() <em>Attacher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttacher()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTACHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttacher() <em>Attacher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttacher()
	 * @generated
	 * @ordered
	 */
	protected String attacher = ATTACHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeName() <em>Node Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeName()
	 * @generated
	 * @ordered
	 */
	protected String nodeName = NODE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected VolumeAttachmentSource source;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeAttachmentSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StorageV1Package.Literals.VOLUME_ATTACHMENT_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttacher() {
		return attacher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttacher(String newAttacher) {
		String oldAttacher = attacher;
		attacher = newAttacher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SPEC__ATTACHER, oldAttacher, attacher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeName() {
		return nodeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeName(String newNodeName) {
		String oldNodeName = nodeName;
		nodeName = newNodeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SPEC__NODE_NAME, oldNodeName, nodeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeAttachmentSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(VolumeAttachmentSource newSource, NotificationChain msgs) {
		VolumeAttachmentSource oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE, oldSource, newSource);
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
	public void setSource(VolumeAttachmentSource newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE:
				return basicSetSource(null, msgs);
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
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__ATTACHER:
				return getAttacher();
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__NODE_NAME:
				return getNodeName();
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE:
				return getSource();
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
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__ATTACHER:
				setAttacher((String)newValue);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__NODE_NAME:
				setNodeName((String)newValue);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE:
				setSource((VolumeAttachmentSource)newValue);
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
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__ATTACHER:
				setAttacher(ATTACHER_EDEFAULT);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__NODE_NAME:
				setNodeName(NODE_NAME_EDEFAULT);
				return;
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE:
				setSource((VolumeAttachmentSource)null);
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
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__ATTACHER:
				return ATTACHER_EDEFAULT == null ? attacher != null : !ATTACHER_EDEFAULT.equals(attacher);
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__NODE_NAME:
				return NODE_NAME_EDEFAULT == null ? nodeName != null : !NODE_NAME_EDEFAULT.equals(nodeName);
			case StorageV1Package.VOLUME_ATTACHMENT_SPEC__SOURCE:
				return source != null;
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
		result.append(" (attacher: ");
		result.append(attacher);
		result.append(", nodeName: ");
		result.append(nodeName);
		result.append(')');
		return result.toString();
	}

} //VolumeAttachmentSpecImpl
