/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.NonResourceAttributes;
import io.pilothouse.model.k8s.authorization.v1.ResourceAttributes;
import io.pilothouse.model.k8s.authorization.v1.SubjectAccessReviewSpec;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject Access Review Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl#getExtra <em>Extra</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl#getNonResourceAttributes <em>Non Resource Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl#getResourceAttributes <em>Resource Attributes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.SubjectAccessReviewSpecImpl#getUser <em>User</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubjectAccessReviewSpecImpl extends MinimalEObjectImpl.Container implements SubjectAccessReviewSpec {
	/**
	 * The cached value of the '{@link #getExtra() <em>Extra</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtra()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, EList<String>> extra;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<String> groups;

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
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectAccessReviewSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.SUBJECT_ACCESS_REVIEW_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, EList<String>> getExtra() {
		if (extra == null) {
			extra = new EcoreEMap<String,EList<String>>(AuthorizationV1Package.Literals.STRING_LIST_MAP_ENTRY, StringListMapEntryImpl.class, this, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__EXTRA);
		}
		return extra;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGroups() {
		if (groups == null) {
			groups = new EDataTypeUniqueEList<String>(String.class, this, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__GROUPS);
		}
		return groups;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, oldNonResourceAttributes, newNonResourceAttributes);
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
				msgs = ((InternalEObject)nonResourceAttributes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, null, msgs);
			if (newNonResourceAttributes != null)
				msgs = ((InternalEObject)newNonResourceAttributes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, null, msgs);
			msgs = basicSetNonResourceAttributes(newNonResourceAttributes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES, newNonResourceAttributes, newNonResourceAttributes));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, oldResourceAttributes, newResourceAttributes);
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
				msgs = ((InternalEObject)resourceAttributes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, null, msgs);
			if (newResourceAttributes != null)
				msgs = ((InternalEObject)newResourceAttributes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, null, msgs);
			msgs = basicSetResourceAttributes(newResourceAttributes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES, newResourceAttributes, newResourceAttributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__EXTRA:
				return ((InternalEList<?>)getExtra()).basicRemove(otherEnd, msgs);
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				return basicSetNonResourceAttributes(null, msgs);
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__EXTRA:
				if (coreType) return getExtra();
				else return getExtra().map();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__GROUPS:
				return getGroups();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				return getNonResourceAttributes();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				return getResourceAttributes();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__UID:
				return getUid();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__USER:
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__EXTRA:
				((EStructuralFeature.Setting)getExtra()).set(newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends String>)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				setNonResourceAttributes((NonResourceAttributes)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				setResourceAttributes((ResourceAttributes)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__UID:
				setUid((String)newValue);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__USER:
				setUser((String)newValue);
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__EXTRA:
				getExtra().clear();
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__GROUPS:
				getGroups().clear();
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				setNonResourceAttributes((NonResourceAttributes)null);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				setResourceAttributes((ResourceAttributes)null);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__UID:
				setUid(UID_EDEFAULT);
				return;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__USER:
				setUser(USER_EDEFAULT);
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
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__EXTRA:
				return extra != null && !extra.isEmpty();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__GROUPS:
				return groups != null && !groups.isEmpty();
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__NON_RESOURCE_ATTRIBUTES:
				return nonResourceAttributes != null;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__RESOURCE_ATTRIBUTES:
				return resourceAttributes != null;
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
			case AuthorizationV1Package.SUBJECT_ACCESS_REVIEW_SPEC__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
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
		result.append(" (groups: ");
		result.append(groups);
		result.append(", uid: ");
		result.append(uid);
		result.append(", user: ");
		result.append(user);
		result.append(')');
		return result.toString();
	}

} //SubjectAccessReviewSpecImpl
