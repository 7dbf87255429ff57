/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes;
import io.pilothouse.model.k8s.authorization.v1.ResourceAttributes;
import io.pilothouse.model.k8s.authorization.v1.SelfSubjectAccessReviewSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Self Subject Access Review Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewSpecImpl#getNonResourceAttributes <em>Non Resource Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SelfSubjectAccessReviewSpecImpl#getResourceAttributes <em>Resource Attributes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelfSubjectAccessReviewSpecImpl extends MinimalEObjectImpl.Container implements SelfSubjectAccessReviewSpec {
	/**
	 * The cached value of the '{@link #getNonResourceAttributes() <em>Non Resource Attributes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonResourceAttributes()
	 * @generated
	 * @ordered
	 */
	protected NonResourceAttributes nonResourceAttributes;

	/**
	 * The cached value of the '{@link #getResourceAttributes() <em>Resource Attributes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceAttributes()
	 * @generated
	 * @ordered
	 */
	protected ResourceAttributes resourceAttributes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelfSubjectAccessReviewSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.SELF_SUBJECT_ACCESS_REVIEW_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NonResourceAttributes getNonResourceAttributes() {
		return nonResourceAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNonResourceAttributes(NonResourceAttributes newNonResourceAttributes, NotificationChain msgs) {
		NonResourceAttributes oldNonResourceAttributes = nonResourceAttributes;
		nonResourceAttributes = newNonResourceAttributes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, oldNonResourceAttributes, newNonResourceAttributes);
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
	public void setNonResourceAttributes(NonResourceAttributes newNonResourceAttributes) {
		if (newNonResourceAttributes != nonResourceAttributes) {
			NotificationChain msgs = null;
			if (nonResourceAttributes != null)
				msgs = ((InternalEObject)nonResourceAttributes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, null, msgs);
			if (newNonResourceAttributes != null)
				msgs = ((InternalEObject)newNonResourceAttributes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, null, msgs);
			msgs = basicSetNonResourceAttributes(newNonResourceAttributes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, newNonResourceAttributes, newNonResourceAttributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceAttributes getResourceAttributes() {
		return resourceAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResourceAttributes(ResourceAttributes newResourceAttributes, NotificationChain msgs) {
		ResourceAttributes oldResourceAttributes = resourceAttributes;
		resourceAttributes = newResourceAttributes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, oldResourceAttributes, newResourceAttributes);
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
	public void setResourceAttributes(ResourceAttributes newResourceAttributes) {
		if (newResourceAttributes != resourceAttributes) {
			NotificationChain msgs = null;
			if (resourceAttributes != null)
				msgs = ((InternalEObject)resourceAttributes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, null, msgs);
			if (newResourceAttributes != null)
				msgs = ((InternalEObject)newResourceAttributes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, null, msgs);
			msgs = basicSetResourceAttributes(newResourceAttributes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, newResourceAttributes, newResourceAttributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				return basicSetNonResourceAttributes(null, msgs);
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				return basicSetResourceAttributes(null, msgs);
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				return getNonResourceAttributes();
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				return getResourceAttributes();
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				setNonResourceAttributes((NonResourceAttributes)newValue);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				setResourceAttributes((ResourceAttributes)newValue);
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				setNonResourceAttributes((NonResourceAttributes)null);
				return;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				setResourceAttributes((ResourceAttributes)null);
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
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				return nonResourceAttributes != null;
			case AuthorizationV1Package.SELF_SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				return resourceAttributes != null;
		}
		return super.eIsSet(featureID);
	}

} //SelfSubjectAccessReviewSpecImpl
