/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EphemeralVolumeSource;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimTemplate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ephemeral Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EphemeralVolumeSourceImpl#getVolumeClaimTemplate <em>Volume Claim Template</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EphemeralVolumeSourceImpl extends MinimalEObjectImpl.Container implements EphemeralVolumeSource {
	/**
	 * The cached value of the '{@link #getVolumeClaimTemplate() <em>Volume Claim Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeClaimTemplate()
	 * @generated
	 * @ordered
	 */
	protected PersistentVolumeClaimTemplate volumeClaimTemplate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EphemeralVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.EPHEMERAL_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersistentVolumeClaimTemplate getVolumeClaimTemplate() {
		return volumeClaimTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVolumeClaimTemplate(PersistentVolumeClaimTemplate newVolumeClaimTemplate, NotificationChain msgs) {
		PersistentVolumeClaimTemplate oldVolumeClaimTemplate = volumeClaimTemplate;
		volumeClaimTemplate = newVolumeClaimTemplate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE, oldVolumeClaimTemplate, newVolumeClaimTemplate);
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
	public void setVolumeClaimTemplate(PersistentVolumeClaimTemplate newVolumeClaimTemplate) {
		if (newVolumeClaimTemplate != volumeClaimTemplate) {
			NotificationChain msgs = null;
			if (volumeClaimTemplate != null)
				msgs = ((InternalEObject)volumeClaimTemplate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE, null, msgs);
			if (newVolumeClaimTemplate != null)
				msgs = ((InternalEObject)newVolumeClaimTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE, null, msgs);
			msgs = basicSetVolumeClaimTemplate(newVolumeClaimTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE, newVolumeClaimTemplate, newVolumeClaimTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE:
				return basicSetVolumeClaimTemplate(null, msgs);
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
			case CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE:
				return getVolumeClaimTemplate();
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
			case CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE:
				setVolumeClaimTemplate((PersistentVolumeClaimTemplate)newValue);
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
			case CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE:
				setVolumeClaimTemplate((PersistentVolumeClaimTemplate)null);
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
			case CoreV1Package.EPHEMERAL_VOLUME_SOURCE__VOLUME_CLAIM_TEMPLATE:
				return volumeClaimTemplate != null;
		}
		return super.eIsSet(featureID);
	}

} //EphemeralVolumeSourceImpl
