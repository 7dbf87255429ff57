/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionNames;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Resource Definition Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl#getConversion <em>Conversion</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl#getNames <em>Names</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl#getPreserveUnknownFields <em>Preserve Unknown Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionSpecImpl#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceDefinitionSpecImpl extends MinimalEObjectImpl.Container implements CustomResourceDefinitionSpec {
	/**
	 * The cached value of the '{@link #getConversion() <em>Conversion</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversion()
	 * @generated
	 * @ordered
	 */
	protected CustomResourceConversion conversion;

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
	 * The cached value of the '{@link #getNames() <em>Names</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNames()
	 * @generated
	 * @ordered
	 */
	protected CustomResourceDefinitionNames names;

	/**
	 * The default value of the '{@link #getPreserveUnknownFields() <em>Preserve Unknown Fields</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreserveUnknownFields()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PRESERVE_UNKNOWN_FIELDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreserveUnknownFields() <em>Preserve Unknown Fields</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreserveUnknownFields()
	 * @generated
	 * @ordered
	 */
	protected Boolean preserveUnknownFields = PRESERVE_UNKNOWN_FIELDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomResourceDefinitionVersion> versions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceDefinitionSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_DEFINITION_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceConversion getConversion() {
		return conversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConversion(CustomResourceConversion newConversion, NotificationChain msgs) {
		CustomResourceConversion oldConversion = conversion;
		conversion = newConversion;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION, oldConversion, newConversion);
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
	public void setConversion(CustomResourceConversion newConversion) {
		if (newConversion != conversion) {
			NotificationChain msgs = null;
			if (conversion != null)
				msgs = ((InternalEObject)conversion).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION, null, msgs);
			if (newConversion != null)
				msgs = ((InternalEObject)newConversion).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION, null, msgs);
			msgs = basicSetConversion(newConversion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION, newConversion, newConversion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceDefinitionNames getNames() {
		return names;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNames(CustomResourceDefinitionNames newNames, NotificationChain msgs) {
		CustomResourceDefinitionNames oldNames = names;
		names = newNames;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES, oldNames, newNames);
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
	public void setNames(CustomResourceDefinitionNames newNames) {
		if (newNames != names) {
			NotificationChain msgs = null;
			if (names != null)
				msgs = ((InternalEObject)names).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES, null, msgs);
			if (newNames != null)
				msgs = ((InternalEObject)newNames).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES, null, msgs);
			msgs = basicSetNames(newNames, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES, newNames, newNames));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getPreserveUnknownFields() {
		return preserveUnknownFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreserveUnknownFields(Boolean newPreserveUnknownFields) {
		Boolean oldPreserveUnknownFields = preserveUnknownFields;
		preserveUnknownFields = newPreserveUnknownFields;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS, oldPreserveUnknownFields, preserveUnknownFields));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomResourceDefinitionVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentEList<CustomResourceDefinitionVersion>(CustomResourceDefinitionVersion.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION:
				return basicSetConversion(null, msgs);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES:
				return basicSetNames(null, msgs);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION:
				return getConversion();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP:
				return getGroup();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES:
				return getNames();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS:
				return getPreserveUnknownFields();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE:
				return getScope();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS:
				return getVersions();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION:
				setConversion((CustomResourceConversion)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP:
				setGroup((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES:
				setNames((CustomResourceDefinitionNames)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS:
				setPreserveUnknownFields((Boolean)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE:
				setScope((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends CustomResourceDefinitionVersion>)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION:
				setConversion((CustomResourceConversion)null);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES:
				setNames((CustomResourceDefinitionNames)null);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS:
				setPreserveUnknownFields(PRESERVE_UNKNOWN_FIELDS_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS:
				getVersions().clear();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__CONVERSION:
				return conversion != null;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__NAMES:
				return names != null;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__PRESERVE_UNKNOWN_FIELDS:
				return PRESERVE_UNKNOWN_FIELDS_EDEFAULT == null ? preserveUnknownFields != null : !PRESERVE_UNKNOWN_FIELDS_EDEFAULT.equals(preserveUnknownFields);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_SPEC__VERSIONS:
				return versions != null && !versions.isEmpty();
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
		result.append(", preserveUnknownFields: ");
		result.append(preserveUnknownFields);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //CustomResourceDefinitionSpecImpl
