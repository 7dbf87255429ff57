/**
 */
package io.pilothouse.model.k8s.authentication.v1.impl;

import io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package;
import io.pilothouse.model.k8s.authentication.v1.BoundObjectReference;
import io.pilothouse.model.k8s.authentication.v1.TokenRequestSpec;

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
 * An implementation of the model object '<em><b>Token Request Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl#getBoundObjectRef <em>Bound Object Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenRequestSpecImpl#getExpirationSeconds <em>Expiration Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TokenRequestSpecImpl extends MinimalEObjectImpl.Container implements TokenRequestSpec {
	/**
	 * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudiences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> audiences;

	/**
	 * The cached value of the '{@link #getBoundObjectRef() <em>Bound Object Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundObjectRef()
	 * @generated
	 * @ordered
	 */
	protected BoundObjectReference boundObjectRef;

	/**
	 * The default value of the '{@link #getExpirationSeconds() <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long EXPIRATION_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpirationSeconds() <em>Expiration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long expirationSeconds = EXPIRATION_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TokenRequestSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthenticationV1Package.Literals.TOKEN_REQUEST_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAudiences() {
		if (audiences == null) {
			audiences = new EDataTypeUniqueEList<String>(String.class, this, AuthenticationV1Package.TOKEN_REQUEST_SPEC__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundObjectReference getBoundObjectRef() {
		return boundObjectRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBoundObjectRef(BoundObjectReference newBoundObjectRef, NotificationChain msgs) {
		BoundObjectReference oldBoundObjectRef = boundObjectRef;
		boundObjectRef = newBoundObjectRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF, oldBoundObjectRef, newBoundObjectRef);
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
	public void setBoundObjectRef(BoundObjectReference newBoundObjectRef) {
		if (newBoundObjectRef != boundObjectRef) {
			NotificationChain msgs = null;
			if (boundObjectRef != null)
				msgs = ((InternalEObject)boundObjectRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF, null, msgs);
			if (newBoundObjectRef != null)
				msgs = ((InternalEObject)newBoundObjectRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF, null, msgs);
			msgs = basicSetBoundObjectRef(newBoundObjectRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF, newBoundObjectRef, newBoundObjectRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getExpirationSeconds() {
		return expirationSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpirationSeconds(Long newExpirationSeconds) {
		Long oldExpirationSeconds = expirationSeconds;
		expirationSeconds = newExpirationSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS, oldExpirationSeconds, expirationSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF:
				return basicSetBoundObjectRef(null, msgs);
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
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__AUDIENCES:
				return getAudiences();
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF:
				return getBoundObjectRef();
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS:
				return getExpirationSeconds();
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
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__AUDIENCES:
				getAudiences().clear();
				getAudiences().addAll((Collection<? extends String>)newValue);
				return;
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF:
				setBoundObjectRef((BoundObjectReference)newValue);
				return;
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS:
				setExpirationSeconds((Long)newValue);
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
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__AUDIENCES:
				getAudiences().clear();
				return;
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF:
				setBoundObjectRef((BoundObjectReference)null);
				return;
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS:
				setExpirationSeconds(EXPIRATION_SECONDS_EDEFAULT);
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
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__AUDIENCES:
				return audiences != null && !audiences.isEmpty();
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__BOUND_OBJECT_REF:
				return boundObjectRef != null;
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC__EXPIRATION_SECONDS:
				return EXPIRATION_SECONDS_EDEFAULT == null ? expirationSeconds != null : !EXPIRATION_SECONDS_EDEFAULT.equals(expirationSeconds);
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
		result.append(" (audiences: ");
		result.append(audiences);
		result.append(", expirationSeconds: ");
		result.append(expirationSeconds);
		result.append(')');
		return result.toString();
	}

} //TokenRequestSpecImpl
