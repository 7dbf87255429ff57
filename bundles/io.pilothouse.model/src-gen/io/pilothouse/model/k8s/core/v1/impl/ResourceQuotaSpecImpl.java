/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceQuotaSpec;
import io.pilothouse.model.k8s.core.v1.ScopeSelector;

import io.pilothouse.model.types.Quantity;

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
 * An implementation of the model object '<em><b>Resource Quota Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceQuotaSpecImpl#getHard <em>Hard</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceQuotaSpecImpl#getScopeSelector <em>Scope Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ResourceQuotaSpecImpl#getScopes <em>Scopes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceQuotaSpecImpl extends MinimalEObjectImpl.Container implements ResourceQuotaSpec {
	/**
	 * The cached value of the '{@link #getHard() <em>Hard</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHard()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> hard;

	/**
	 * The cached value of the '{@link #getScopeSelector() <em>Scope Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeSelector()
	 * @generated
	 * @ordered
	 */
	protected ScopeSelector scopeSelector;

	/**
	 * The cached value of the '{@link #getScopes() <em>Scopes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scopes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceQuotaSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.RESOURCE_QUOTA_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getHard() {
		if (hard == null) {
			hard = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.RESOURCE_QUOTA_SPEC__HARD);
		}
		return hard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeSelector getScopeSelector() {
		return scopeSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScopeSelector(ScopeSelector newScopeSelector, NotificationChain msgs) {
		ScopeSelector oldScopeSelector = scopeSelector;
		scopeSelector = newScopeSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR, oldScopeSelector, newScopeSelector);
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
	public void setScopeSelector(ScopeSelector newScopeSelector) {
		if (newScopeSelector != scopeSelector) {
			NotificationChain msgs = null;
			if (scopeSelector != null)
				msgs = ((InternalEObject)scopeSelector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR, null, msgs);
			if (newScopeSelector != null)
				msgs = ((InternalEObject)newScopeSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR, null, msgs);
			msgs = basicSetScopeSelector(newScopeSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR, newScopeSelector, newScopeSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScopes() {
		if (scopes == null) {
			scopes = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPES);
		}
		return scopes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.RESOURCE_QUOTA_SPEC__HARD:
				return ((InternalEList<?>)getHard()).basicRemove(otherEnd, msgs);
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR:
				return basicSetScopeSelector(null, msgs);
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
			case CoreV1Package.RESOURCE_QUOTA_SPEC__HARD:
				if (coreType) return getHard();
				else return getHard().map();
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR:
				return getScopeSelector();
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPES:
				return getScopes();
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
			case CoreV1Package.RESOURCE_QUOTA_SPEC__HARD:
				((EStructuralFeature.Setting)getHard()).set(newValue);
				return;
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR:
				setScopeSelector((ScopeSelector)newValue);
				return;
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPES:
				getScopes().clear();
				getScopes().addAll((Collection<? extends String>)newValue);
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
			case CoreV1Package.RESOURCE_QUOTA_SPEC__HARD:
				getHard().clear();
				return;
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR:
				setScopeSelector((ScopeSelector)null);
				return;
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPES:
				getScopes().clear();
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
			case CoreV1Package.RESOURCE_QUOTA_SPEC__HARD:
				return hard != null && !hard.isEmpty();
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPE_SELECTOR:
				return scopeSelector != null;
			case CoreV1Package.RESOURCE_QUOTA_SPEC__SCOPES:
				return scopes != null && !scopes.isEmpty();
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
		result.append(" (scopes: ");
		result.append(scopes);
		result.append(')');
		return result.toString();
	}

} //ResourceQuotaSpecImpl
