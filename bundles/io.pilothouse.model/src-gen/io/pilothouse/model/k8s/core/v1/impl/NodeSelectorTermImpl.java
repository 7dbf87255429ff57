/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Selector Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSelectorTermImpl#getMatchExpressions <em>Match Expressions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSelectorTermImpl#getMatchFields <em>Match Fields</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeSelectorTermImpl extends MinimalEObjectImpl.Container implements NodeSelectorTerm {
	/**
	 * The cached value of the '{@link #getMatchExpressions() <em>Match Expressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchExpressions()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeSelectorRequirement> matchExpressions;

	/**
	 * The cached value of the '{@link #getMatchFields() <em>Match Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchFields()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeSelectorRequirement> matchFields;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeSelectorTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_SELECTOR_TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeSelectorRequirement> getMatchExpressions() {
		if (matchExpressions == null) {
			matchExpressions = new EObjectContainmentEList<NodeSelectorRequirement>(NodeSelectorRequirement.class, this, CoreV1Package.NODE_SELECTOR_TERM__MATCH_EXPRESSIONS);
		}
		return matchExpressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeSelectorRequirement> getMatchFields() {
		if (matchFields == null) {
			matchFields = new EObjectContainmentEList<NodeSelectorRequirement>(NodeSelectorRequirement.class, this, CoreV1Package.NODE_SELECTOR_TERM__MATCH_FIELDS);
		}
		return matchFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_EXPRESSIONS:
				return ((InternalEList<?>)getMatchExpressions()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_FIELDS:
				return ((InternalEList<?>)getMatchFields()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_EXPRESSIONS:
				return getMatchExpressions();
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_FIELDS:
				return getMatchFields();
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
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_EXPRESSIONS:
				getMatchExpressions().clear();
				getMatchExpressions().addAll((Collection<? extends NodeSelectorRequirement>)newValue);
				return;
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_FIELDS:
				getMatchFields().clear();
				getMatchFields().addAll((Collection<? extends NodeSelectorRequirement>)newValue);
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
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_EXPRESSIONS:
				getMatchExpressions().clear();
				return;
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_FIELDS:
				getMatchFields().clear();
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
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_EXPRESSIONS:
				return matchExpressions != null && !matchExpressions.isEmpty();
			case CoreV1Package.NODE_SELECTOR_TERM__MATCH_FIELDS:
				return matchFields != null && !matchFields.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NodeSelectorTermImpl
