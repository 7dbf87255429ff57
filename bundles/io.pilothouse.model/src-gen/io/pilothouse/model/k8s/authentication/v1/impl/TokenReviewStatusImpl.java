/**
 */
package io.pilothouse.model.k8s.authentication.v1.impl;

import io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package;
import io.pilothouse.model.k8s.authentication.v1.TokenReviewStatus;
import io.pilothouse.model.k8s.authentication.v1.UserInfo;

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
 * An implementation of the model object '<em><b>Token Review Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl#getAuthenticated <em>Authenticated</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl#getError <em>Error</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.TokenReviewStatusImpl#getUser <em>User</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TokenReviewStatusImpl extends MinimalEObjectImpl.Container implements TokenReviewStatus {
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
	 * The default value of the '{@link #getAuthenticated() <em>Authenticated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthenticated()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean AUTHENTICATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthenticated() <em>Authenticated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthenticated()
	 * @generated
	 * @ordered
	 */
	protected Boolean authenticated = AUTHENTICATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected String error = ERROR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected UserInfo user;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TokenReviewStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthenticationV1Package.Literals.TOKEN_REVIEW_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAudiences() {
		if (audiences == null) {
			audiences = new EDataTypeUniqueEList<String>(String.class, this, AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAuthenticated() {
		return authenticated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthenticated(Boolean newAuthenticated) {
		Boolean oldAuthenticated = authenticated;
		authenticated = newAuthenticated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUTHENTICATED, oldAuthenticated, authenticated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(String newError) {
		String oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REVIEW_STATUS__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserInfo getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUser(UserInfo newUser, NotificationChain msgs) {
		UserInfo oldUser = user;
		user = newUser;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER, oldUser, newUser);
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
	public void setUser(UserInfo newUser) {
		if (newUser != user) {
			NotificationChain msgs = null;
			if (user != null)
				msgs = ((InternalEObject)user).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER, null, msgs);
			if (newUser != null)
				msgs = ((InternalEObject)newUser).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER, null, msgs);
			msgs = basicSetUser(newUser, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER, newUser, newUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER:
				return basicSetUser(null, msgs);
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
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUDIENCES:
				return getAudiences();
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUTHENTICATED:
				return getAuthenticated();
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__ERROR:
				return getError();
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER:
				return getUser();
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
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUDIENCES:
				getAudiences().clear();
				getAudiences().addAll((Collection<? extends String>)newValue);
				return;
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUTHENTICATED:
				setAuthenticated((Boolean)newValue);
				return;
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__ERROR:
				setError((String)newValue);
				return;
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER:
				setUser((UserInfo)newValue);
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
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUDIENCES:
				getAudiences().clear();
				return;
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUTHENTICATED:
				setAuthenticated(AUTHENTICATED_EDEFAULT);
				return;
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__ERROR:
				setError(ERROR_EDEFAULT);
				return;
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER:
				setUser((UserInfo)null);
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
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUDIENCES:
				return audiences != null && !audiences.isEmpty();
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__AUTHENTICATED:
				return AUTHENTICATED_EDEFAULT == null ? authenticated != null : !AUTHENTICATED_EDEFAULT.equals(authenticated);
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__ERROR:
				return ERROR_EDEFAULT == null ? error != null : !ERROR_EDEFAULT.equals(error);
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS__USER:
				return user != null;
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
		result.append(", authenticated: ");
		result.append(authenticated);
		result.append(", error: ");
		result.append(error);
		result.append(')');
		return result.toString();
	}

} //TokenReviewStatusImpl
