/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceColumnDefinition;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionVersion;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresources;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation;
import io.pilothouse.model.k8s.apiextensions.v1.SelectableField;

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
 * An implementation of the model object '<em><b>Custom Resource Definition Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getAdditionalPrinterColumns <em>Additional Printer Columns</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getDeprecated <em>Deprecated</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getDeprecationWarning <em>Deprecation Warning</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getSchema <em>Schema</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getSelectableFields <em>Selectable Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getServed <em>Served</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceDefinitionVersionImpl#getSubresources <em>Subresources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceDefinitionVersionImpl extends MinimalEObjectImpl.Container implements CustomResourceDefinitionVersion {
	/**
	 * The cached value of the '{@link #getAdditionalPrinterColumns() <em>Additional Printer Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalPrinterColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomResourceColumnDefinition> additionalPrinterColumns;

	/**
	 * The default value of the '{@link #getDeprecated() <em>Deprecated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecated()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean DEPRECATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeprecated() <em>Deprecated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecated()
	 * @generated
	 * @ordered
	 */
	protected Boolean deprecated = DEPRECATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeprecationWarning() <em>Deprecation Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecationWarning()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPRECATION_WARNING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeprecationWarning() <em>Deprecation Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecationWarning()
	 * @generated
	 * @ordered
	 */
	protected String deprecationWarning = DEPRECATION_WARNING_EDEFAULT;

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
	 * The cached value of the '{@link #getSchema() <em>Schema</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchema()
	 * @generated
	 * @ordered
	 */
	protected CustomResourceValidation schema;

	/**
	 * The cached value of the '{@link #getSelectableFields() <em>Selectable Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectableFields()
	 * @generated
	 * @ordered
	 */
	protected EList<SelectableField> selectableFields;

	/**
	 * The default value of the '{@link #getServed() <em>Served</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServed()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SERVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServed() <em>Served</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServed()
	 * @generated
	 * @ordered
	 */
	protected Boolean served = SERVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean STORAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected Boolean storage = STORAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubresources() <em>Subresources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubresources()
	 * @generated
	 * @ordered
	 */
	protected CustomResourceSubresources subresources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceDefinitionVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_DEFINITION_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomResourceColumnDefinition> getAdditionalPrinterColumns() {
		if (additionalPrinterColumns == null) {
			additionalPrinterColumns = new EObjectContainmentEList<CustomResourceColumnDefinition>(CustomResourceColumnDefinition.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS);
		}
		return additionalPrinterColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getDeprecated() {
		return deprecated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeprecated(Boolean newDeprecated) {
		Boolean oldDeprecated = deprecated;
		deprecated = newDeprecated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED, oldDeprecated, deprecated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeprecationWarning() {
		return deprecationWarning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeprecationWarning(String newDeprecationWarning) {
		String oldDeprecationWarning = deprecationWarning;
		deprecationWarning = newDeprecationWarning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING, oldDeprecationWarning, deprecationWarning));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceValidation getSchema() {
		return schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchema(CustomResourceValidation newSchema, NotificationChain msgs) {
		CustomResourceValidation oldSchema = schema;
		schema = newSchema;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA, oldSchema, newSchema);
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
	public void setSchema(CustomResourceValidation newSchema) {
		if (newSchema != schema) {
			NotificationChain msgs = null;
			if (schema != null)
				msgs = ((InternalEObject)schema).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA, null, msgs);
			if (newSchema != null)
				msgs = ((InternalEObject)newSchema).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA, null, msgs);
			msgs = basicSetSchema(newSchema, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA, newSchema, newSchema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SelectableField> getSelectableFields() {
		if (selectableFields == null) {
			selectableFields = new EObjectContainmentEList<SelectableField>(SelectableField.class, this, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS);
		}
		return selectableFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getServed() {
		return served;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServed(Boolean newServed) {
		Boolean oldServed = served;
		served = newServed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED, oldServed, served));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getStorage() {
		return storage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorage(Boolean newStorage) {
		Boolean oldStorage = storage;
		storage = newStorage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE, oldStorage, storage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomResourceSubresources getSubresources() {
		return subresources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSubresources(CustomResourceSubresources newSubresources, NotificationChain msgs) {
		CustomResourceSubresources oldSubresources = subresources;
		subresources = newSubresources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES, oldSubresources, newSubresources);
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
	public void setSubresources(CustomResourceSubresources newSubresources) {
		if (newSubresources != subresources) {
			NotificationChain msgs = null;
			if (subresources != null)
				msgs = ((InternalEObject)subresources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES, null, msgs);
			if (newSubresources != null)
				msgs = ((InternalEObject)newSubresources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES, null, msgs);
			msgs = basicSetSubresources(newSubresources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES, newSubresources, newSubresources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS:
				return ((InternalEList<?>)getAdditionalPrinterColumns()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA:
				return basicSetSchema(null, msgs);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS:
				return ((InternalEList<?>)getSelectableFields()).basicRemove(otherEnd, msgs);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES:
				return basicSetSubresources(null, msgs);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS:
				return getAdditionalPrinterColumns();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED:
				return getDeprecated();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING:
				return getDeprecationWarning();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__NAME:
				return getName();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA:
				return getSchema();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS:
				return getSelectableFields();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED:
				return getServed();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE:
				return getStorage();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES:
				return getSubresources();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS:
				getAdditionalPrinterColumns().clear();
				getAdditionalPrinterColumns().addAll((Collection<? extends CustomResourceColumnDefinition>)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED:
				setDeprecated((Boolean)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING:
				setDeprecationWarning((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__NAME:
				setName((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA:
				setSchema((CustomResourceValidation)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS:
				getSelectableFields().clear();
				getSelectableFields().addAll((Collection<? extends SelectableField>)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED:
				setServed((Boolean)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE:
				setStorage((Boolean)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES:
				setSubresources((CustomResourceSubresources)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS:
				getAdditionalPrinterColumns().clear();
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED:
				setDeprecated(DEPRECATED_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING:
				setDeprecationWarning(DEPRECATION_WARNING_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA:
				setSchema((CustomResourceValidation)null);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS:
				getSelectableFields().clear();
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED:
				setServed(SERVED_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE:
				setStorage(STORAGE_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES:
				setSubresources((CustomResourceSubresources)null);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__ADDITIONAL_PRINTER_COLUMNS:
				return additionalPrinterColumns != null && !additionalPrinterColumns.isEmpty();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATED:
				return DEPRECATED_EDEFAULT == null ? deprecated != null : !DEPRECATED_EDEFAULT.equals(deprecated);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__DEPRECATION_WARNING:
				return DEPRECATION_WARNING_EDEFAULT == null ? deprecationWarning != null : !DEPRECATION_WARNING_EDEFAULT.equals(deprecationWarning);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SCHEMA:
				return schema != null;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SELECTABLE_FIELDS:
				return selectableFields != null && !selectableFields.isEmpty();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SERVED:
				return SERVED_EDEFAULT == null ? served != null : !SERVED_EDEFAULT.equals(served);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__STORAGE:
				return STORAGE_EDEFAULT == null ? storage != null : !STORAGE_EDEFAULT.equals(storage);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_DEFINITION_VERSION__SUBRESOURCES:
				return subresources != null;
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
		result.append(" (deprecated: ");
		result.append(deprecated);
		result.append(", deprecationWarning: ");
		result.append(deprecationWarning);
		result.append(", name: ");
		result.append(name);
		result.append(", served: ");
		result.append(served);
		result.append(", storage: ");
		result.append(storage);
		result.append(')');
		return result.toString();
	}

} //CustomResourceDefinitionVersionImpl
