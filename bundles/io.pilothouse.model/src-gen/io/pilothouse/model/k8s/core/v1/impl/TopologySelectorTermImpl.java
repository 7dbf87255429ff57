/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.TopologySelectorLabelRequirement;
import io.pilothouse.model.k8s.core.v1.TopologySelectorTerm;

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
 * An implementation of the model object '<em><b>Topology Selector Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.TopologySelectorTermImpl#getMatchLabelExpressions <em>Match Label Expressions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologySelectorTermImpl extends MinimalEObjectImpl.Container implements TopologySelectorTerm {
	/**
	 * The cached value of the '{@link #getMatchLabelExpressions() <em>Match Label Expressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchLabelExpressions()
	 * @generated
	 * @ordered
	 */
	protected EList<TopologySelectorLabelRequirement> matchLabelExpressions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologySelectorTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.TOPOLOGY_SELECTOR_TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopologySelectorLabelRequirement> getMatchLabelExpressions() {
		if (matchLabelExpressions == null) {
			matchLabelExpressions = new EObjectContainmentEList<TopologySelectorLabelRequirement>(TopologySelectorLabelRequirement.class, this, CoreV1Package.TOPOLOGY_SELECTOR_TERM__MATCH_LABEL_EXPRESSIONS);
		}
		return matchLabelExpressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.TOPOLOGY_SELECTOR_TERM__MATCH_LABEL_EXPRESSIONS:
				return ((InternalEList<?>)getMatchLabelExpressions()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.TOPOLOGY_SELECTOR_TERM__MATCH_LABEL_EXPRESSIONS:
				return getMatchLabelExpressions();
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
			case CoreV1Package.TOPOLOGY_SELECTOR_TERM__MATCH_LABEL_EXPRESSIONS:
				getMatchLabelExpressions().clear();
				getMatchLabelExpressions().addAll((Collection<? extends TopologySelectorLabelRequirement>)newValue);
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
			case CoreV1Package.TOPOLOGY_SELECTOR_TERM__MATCH_LABEL_EXPRESSIONS:
				getMatchLabelExpressions().clear();
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
			case CoreV1Package.TOPOLOGY_SELECTOR_TERM__MATCH_LABEL_EXPRESSIONS:
				return matchLabelExpressions != null && !matchLabelExpressions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TopologySelectorTermImpl
