/**
 */
package io.pilothouse.model.k8s.authorization.v1.impl;

import io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package;
import io.pilothouse.model.k8s.authorization.v1.FieldSelectorAttributes;
import io.pilothouse.model.k8s.authorization.v1.LabelSelectorAttributes;
import io.pilothouse.model.k8s.authorization.v1.ResourceAttributes;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Attributes</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getFieldSelector <em>Field Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getSubresource <em>Subresource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getVerb <em>Verb</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.impl.ResourceAttributesImpl#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceAttributesImpl extends MinimalEObjectImpl.Container implements ResourceAttributes {
	/**
	 * The cached value of the '{@link #getFieldSelector() <em>Field Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldSelector()
	 * @generated
	 * @ordered
	 */
	protected FieldSelectorAttributes fieldSelector;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelSelector() <em>Label Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelectorAttributes labelSelector;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected String namespace = NAMESPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResource() <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected String resource = RESOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubresource() <em>Subresource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubresource()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBRESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubresource() <em>Subresource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubresource()
	 * @generated
	 * @ordered
	 */
	protected String subresource = SUBRESOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerb() <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerb()
	 * @generated
	 * @ordered
	 */
	protected static final String VERB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerb() <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerb()
	 * @generated
	 * @ordered
	 */
	protected String verb = VERB_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceAttributesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AuthorizationV1Package.Literals.RESOURCE_ATTRIBUTES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldSelectorAttributes getFieldSelector() {
		return fieldSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFieldSelector(FieldSelectorAttributes newFieldSelector, NotificationChain msgs) {
		FieldSelectorAttributes oldFieldSelector = fieldSelector;
		fieldSelector = newFieldSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR, oldFieldSelector, newFieldSelector);
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
	public void setFieldSelector(FieldSelectorAttributes newFieldSelector) {
		if (newFieldSelector != fieldSelector) {
			NotificationChain msgs = null;
			if (fieldSelector != null)
				msgs = ((InternalEObject)fieldSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR, null, msgs);
			if (newFieldSelector != null)
				msgs = ((InternalEObject)newFieldSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR, null, msgs);
			msgs = basicSetFieldSelector(newFieldSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR, newFieldSelector, newFieldSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelectorAttributes getLabelSelector() {
		return labelSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabelSelector(LabelSelectorAttributes newLabelSelector, NotificationChain msgs) {
		LabelSelectorAttributes oldLabelSelector = labelSelector;
		labelSelector = newLabelSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR, oldLabelSelector, newLabelSelector);
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
	public void setLabelSelector(LabelSelectorAttributes newLabelSelector) {
		if (newLabelSelector != labelSelector) {
			NotificationChain msgs = null;
			if (labelSelector != null)
				msgs = ((InternalEObject)labelSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR, null, msgs);
			if (newLabelSelector != null)
				msgs = ((InternalEObject)newLabelSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR, null, msgs);
			msgs = basicSetLabelSelector(newLabelSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR, newLabelSelector, newLabelSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamespace() {
		return namespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespace(String newNamespace) {
		String oldNamespace = namespace;
		namespace = newNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAMESPACE, oldNamespace, namespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResource(String newResource) {
		String oldResource = resource;
		resource = newResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__RESOURCE, oldResource, resource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubresource() {
		return subresource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubresource(String newSubresource) {
		String oldSubresource = subresource;
		subresource = newSubresource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__SUBRESOURCE, oldSubresource, subresource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerb() {
		return verb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerb(String newVerb) {
		String oldVerb = verb;
		verb = newVerb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERB, oldVerb, verb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR:
				return basicSetFieldSelector(null, msgs);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR:
				return basicSetLabelSelector(null, msgs);
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
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR:
				return getFieldSelector();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__GROUP:
				return getGroup();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR:
				return getLabelSelector();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAME:
				return getName();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAMESPACE:
				return getNamespace();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__RESOURCE:
				return getResource();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__SUBRESOURCE:
				return getSubresource();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERB:
				return getVerb();
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERSION:
				return getVersion();
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
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR:
				setFieldSelector((FieldSelectorAttributes)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__GROUP:
				setGroup((String)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR:
				setLabelSelector((LabelSelectorAttributes)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAME:
				setName((String)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAMESPACE:
				setNamespace((String)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__RESOURCE:
				setResource((String)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__SUBRESOURCE:
				setSubresource((String)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERB:
				setVerb((String)newValue);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERSION:
				setVersion((String)newValue);
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
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR:
				setFieldSelector((FieldSelectorAttributes)null);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR:
				setLabelSelector((LabelSelectorAttributes)null);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAMESPACE:
				setNamespace(NAMESPACE_EDEFAULT);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__RESOURCE:
				setResource(RESOURCE_EDEFAULT);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__SUBRESOURCE:
				setSubresource(SUBRESOURCE_EDEFAULT);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERB:
				setVerb(VERB_EDEFAULT);
				return;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERSION:
				setVersion(VERSION_EDEFAULT);
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
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__FIELD_SELECTOR:
				return fieldSelector != null;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__LABEL_SELECTOR:
				return labelSelector != null;
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__NAMESPACE:
				return NAMESPACE_EDEFAULT == null ? namespace != null : !NAMESPACE_EDEFAULT.equals(namespace);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__RESOURCE:
				return RESOURCE_EDEFAULT == null ? resource != null : !RESOURCE_EDEFAULT.equals(resource);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__SUBRESOURCE:
				return SUBRESOURCE_EDEFAULT == null ? subresource != null : !SUBRESOURCE_EDEFAULT.equals(subresource);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERB:
				return VERB_EDEFAULT == null ? verb != null : !VERB_EDEFAULT.equals(verb);
			case AuthorizationV1Package.RESOURCE_ATTRIBUTES__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
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
		result.append(" (group: ");
		result.append(group);
		result.append(", name: ");
		result.append(name);
		result.append(", namespace: ");
		result.append(namespace);
		result.append(", resource: ");
		result.append(resource);
		result.append(", subresource: ");
		result.append(subresource);
		result.append(", verb: ");
		result.append(verb);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //ResourceAttributesImpl
