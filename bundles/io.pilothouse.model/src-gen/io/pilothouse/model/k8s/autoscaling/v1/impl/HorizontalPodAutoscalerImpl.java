/**
 */
package io.pilothouse.model.k8s.autoscaling.v1.impl;

import io.pilothouse.model.k8s.autoscaling.v1.AutoscalingV1Package;
import io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler;
import io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerSpec;
import io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscalerStatus;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Horizontal Pod Autoscaler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl#getSpec <em>Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v1.impl.HorizontalPodAutoscalerImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HorizontalPodAutoscalerImpl extends MinimalEObjectImpl.Container implements HorizontalPodAutoscaler {
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
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected ObjectMeta metadata;

	/**
	 * The cached value of the '{@link #getSpec() <em>Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpec()
	 * @generated
	 * @ordered
	 */
	protected HorizontalPodAutoscalerSpec spec;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected HorizontalPodAutoscalerStatus status;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HorizontalPodAutoscalerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV1Package.Literals.HORIZONTAL_POD_AUTOSCALER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__API_VERSION, oldApiVersion, apiVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetadata(ObjectMeta newMetadata, NotificationChain msgs) {
		ObjectMeta oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA, oldMetadata, newMetadata);
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
	public void setMetadata(ObjectMeta newMetadata) {
		if (newMetadata != metadata) {
			NotificationChain msgs = null;
			if (metadata != null)
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerSpec getSpec() {
		return spec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpec(HorizontalPodAutoscalerSpec newSpec, NotificationChain msgs) {
		HorizontalPodAutoscalerSpec oldSpec = spec;
		spec = newSpec;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC, oldSpec, newSpec);
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
	public void setSpec(HorizontalPodAutoscalerSpec newSpec) {
		if (newSpec != spec) {
			NotificationChain msgs = null;
			if (spec != null)
				msgs = ((InternalEObject)spec).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC, null, msgs);
			if (newSpec != null)
				msgs = ((InternalEObject)newSpec).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC, null, msgs);
			msgs = basicSetSpec(newSpec, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC, newSpec, newSpec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HorizontalPodAutoscalerStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStatus(HorizontalPodAutoscalerStatus newStatus, NotificationChain msgs) {
		HorizontalPodAutoscalerStatus oldStatus = status;
		status = newStatus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS, oldStatus, newStatus);
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
	public void setStatus(HorizontalPodAutoscalerStatus newStatus) {
		if (newStatus != status) {
			NotificationChain msgs = null;
			if (status != null)
				msgs = ((InternalEObject)status).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS, null, msgs);
			if (newStatus != null)
				msgs = ((InternalEObject)newStatus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS, null, msgs);
			msgs = basicSetStatus(newStatus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS, newStatus, newStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA:
				return basicSetMetadata(null, msgs);
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC:
				return basicSetSpec(null, msgs);
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS:
				return basicSetStatus(null, msgs);
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__API_VERSION:
				return getApiVersion();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__KIND:
				return getKind();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA:
				return getMetadata();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC:
				return getSpec();
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS:
				return getStatus();
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__KIND:
				setKind((String)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC:
				setSpec((HorizontalPodAutoscalerSpec)newValue);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS:
				setStatus((HorizontalPodAutoscalerStatus)newValue);
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC:
				setSpec((HorizontalPodAutoscalerSpec)null);
				return;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS:
				setStatus((HorizontalPodAutoscalerStatus)null);
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
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__METADATA:
				return metadata != null;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__SPEC:
				return spec != null;
			case AutoscalingV1Package.HORIZONTAL_POD_AUTOSCALER__STATUS:
				return status != null;
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
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //HorizontalPodAutoscalerImpl
