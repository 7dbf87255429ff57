/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReview;
import io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec;
import io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewStatus;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Self Subject Access Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl#getSpec <em>Spec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelfSubjectAccessReviewImpl extends MinimalEObjectImpl.Container implements SelfSubjectAccessReview {
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
	protected SelfSubjectAccessReviewSpec spec;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SubjectAccessReviewStatus status;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelfSubjectAccessReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.SELF_SUBJECT_ACCESS_REVIEW;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__API_VERSION, oldApiVersion, apiVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__KIND, oldKind, kind));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA, oldMetadata, newMetadata);
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
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectAccessReviewSpec getSpec() {
		return spec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpec(SelfSubjectAccessReviewSpec newSpec, NotificationChain msgs) {
		SelfSubjectAccessReviewSpec oldSpec = spec;
		spec = newSpec;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC, oldSpec, newSpec);
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
	public void setSpec(SelfSubjectAccessReviewSpec newSpec) {
		if (newSpec != spec) {
			NotificationChain msgs = null;
			if (spec != null)
				msgs = ((InternalEObject)spec).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC, null, msgs);
			if (newSpec != null)
				msgs = ((InternalEObject)newSpec).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC, null, msgs);
			msgs = basicSetSpec(newSpec, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC, newSpec, newSpec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectAccessReviewStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStatus(SubjectAccessReviewStatus newStatus, NotificationChain msgs) {
		SubjectAccessReviewStatus oldStatus = status;
		status = newStatus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS, oldStatus, newStatus);
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
	public void setStatus(SubjectAccessReviewStatus newStatus) {
		if (newStatus != status) {
			NotificationChain msgs = null;
			if (status != null)
				msgs = ((InternalEObject)status).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS, null, msgs);
			if (newStatus != null)
				msgs = ((InternalEObject)newStatus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS, null, msgs);
			msgs = basicSetStatus(newStatus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS, newStatus, newStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA:
				return basicSetMetadata(null, msgs);
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC:
				return basicSetSpec(null, msgs);
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS:
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__API_VERSION:
				return getApiVersion();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__KIND:
				return getKind();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA:
				return getMetadata();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC:
				return getSpec();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS:
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__KIND:
				setKind((String)newValue);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC:
				setSpec((SelfSubjectAccessReviewSpec)newValue);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS:
				setStatus((SubjectAccessReviewStatus)newValue);
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC:
				setSpec((SelfSubjectAccessReviewSpec)null);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS:
				setStatus((SubjectAccessReviewStatus)null);
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__METADATA:
				return metadata != null;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__SPEC:
				return spec != null;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW__STATUS:
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

} //SelfSubjectAccessReviewImpl
