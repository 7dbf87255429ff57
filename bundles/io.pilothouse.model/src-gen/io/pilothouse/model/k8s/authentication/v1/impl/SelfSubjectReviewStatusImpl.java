/**
 */
package io.pilothouse.model.k8s.authentication.v1.impl;

import io.pilothouse.model.k8s.authentication.v1.AuthenticationV1Package;
import io.pilothouse.model.k8s.authentication.v1.SelfSubjectReviewStatus;
import io.pilothouse.model.k8s.authentication.v1.UserInfo;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Self Subject Review Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authentication.v1.impl.SelfSubjectReviewStatusImpl#getUserInfo <em>User Info</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelfSubjectReviewStatusImpl extends MinimalEObjectImpl.Container implements SelfSubjectReviewStatus {
	/**
	 * The cached value of the '{@link #getUserInfo() <em>User Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserInfo()
	 * @generated
	 * @ordered
	 */
	protected UserInfo userInfo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelfSubjectReviewStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthenticationV1Package.Literals.SELF_SUBJECT_REVIEW_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserInfo getUserInfo() {
		return userInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUserInfo(UserInfo newUserInfo, NotificationChain msgs) {
		UserInfo oldUserInfo = userInfo;
		userInfo = newUserInfo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO, oldUserInfo, newUserInfo);
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
	public void setUserInfo(UserInfo newUserInfo) {
		if (newUserInfo != userInfo) {
			NotificationChain msgs = null;
			if (userInfo != null)
				msgs = ((InternalEObject)userInfo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO, null, msgs);
			if (newUserInfo != null)
				msgs = ((InternalEObject)newUserInfo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO, null, msgs);
			msgs = basicSetUserInfo(newUserInfo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO, newUserInfo, newUserInfo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO:
				return basicSetUserInfo(null, msgs);
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
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO:
				return getUserInfo();
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
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO:
				setUserInfo((UserInfo)newValue);
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
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO:
				setUserInfo((UserInfo)null);
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
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS__USER_INFO:
				return userInfo != null;
		}
		return super.eIsSet(featureID);
	}

} //SelfSubjectReviewStatusImpl
