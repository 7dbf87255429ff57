/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1beta1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1beta1.AdmissionregistrationV1beta1Package;
import io.pilothouse.model.k8s.admissionregistration.v1beta1.ParamRef;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Param Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl#getParameterNotFoundAction <em>Parameter Not Found Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1beta1.impl.ParamRefImpl#getSelector <em>Selector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParamRefImpl extends MinimalEObjectImpl.Container implements ParamRef {
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
	 * The default value of the '{@link #getParameterNotFoundAction() <em>Parameter Not Found Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterNotFoundAction()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_NOT_FOUND_ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameterNotFoundAction() <em>Parameter Not Found Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterNotFoundAction()
	 * @generated
	 * @ordered
	 */
	protected String parameterNotFoundAction = PARAMETER_NOT_FOUND_ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector selector;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParamRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1beta1Package.Literals.PARAM_REF;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.PARAM_REF__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.PARAM_REF__NAMESPACE, oldNamespace, namespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameterNotFoundAction() {
		return parameterNotFoundAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameterNotFoundAction(String newParameterNotFoundAction) {
		String oldParameterNotFoundAction = parameterNotFoundAction;
		parameterNotFoundAction = newParameterNotFoundAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.PARAM_REF__PARAMETER_NOT_FOUND_ACTION, oldParameterNotFoundAction, parameterNotFoundAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSelector(LabelSelector newSelector, NotificationChain msgs) {
		LabelSelector oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR, oldSelector, newSelector);
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
	public void setSelector(LabelSelector newSelector) {
		if (newSelector != selector) {
			NotificationChain msgs = null;
			if (selector != null)
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR, newSelector, newSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR:
				return basicSetSelector(null, msgs);
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
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAME:
				return getName();
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAMESPACE:
				return getNamespace();
			case AdmissionregistrationV1beta1Package.PARAM_REF__PARAMETER_NOT_FOUND_ACTION:
				return getParameterNotFoundAction();
			case AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR:
				return getSelector();
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
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAME:
				setName((String)newValue);
				return;
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAMESPACE:
				setNamespace((String)newValue);
				return;
			case AdmissionregistrationV1beta1Package.PARAM_REF__PARAMETER_NOT_FOUND_ACTION:
				setParameterNotFoundAction((String)newValue);
				return;
			case AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR:
				setSelector((LabelSelector)newValue);
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
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAMESPACE:
				setNamespace(NAMESPACE_EDEFAULT);
				return;
			case AdmissionregistrationV1beta1Package.PARAM_REF__PARAMETER_NOT_FOUND_ACTION:
				setParameterNotFoundAction(PARAMETER_NOT_FOUND_ACTION_EDEFAULT);
				return;
			case AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR:
				setSelector((LabelSelector)null);
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
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AdmissionregistrationV1beta1Package.PARAM_REF__NAMESPACE:
				return NAMESPACE_EDEFAULT == null ? namespace != null : !NAMESPACE_EDEFAULT.equals(namespace);
			case AdmissionregistrationV1beta1Package.PARAM_REF__PARAMETER_NOT_FOUND_ACTION:
				return PARAMETER_NOT_FOUND_ACTION_EDEFAULT == null ? parameterNotFoundAction != null : !PARAMETER_NOT_FOUND_ACTION_EDEFAULT.equals(parameterNotFoundAction);
			case AdmissionregistrationV1beta1Package.PARAM_REF__SELECTOR:
				return selector != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", namespace: ");
		result.append(namespace);
		result.append(", parameterNotFoundAction: ");
		result.append(parameterNotFoundAction);
		result.append(')');
		return result.toString();
	}

} //ParamRefImpl
