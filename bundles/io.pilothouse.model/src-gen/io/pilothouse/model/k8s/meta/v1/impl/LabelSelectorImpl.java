/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label Selector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorImpl#getMatchExpressions <em>Match Expressions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.LabelSelectorImpl#getMatchLabels <em>Match Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelSelectorImpl extends MinimalEObjectImpl.Container implements LabelSelector {
	/**
	 * The cached value of the '{@link #getMatchExpressions() <em>Match Expressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchExpressions()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelSelectorRequirement> matchExpressions;

	/**
	 * The cached value of the '{@link #getMatchLabels() <em>Match Labels</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchLabels()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> matchLabels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelSelectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.LABEL_SELECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelSelectorRequirement> getMatchExpressions() {
		if (matchExpressions == null) {
			matchExpressions = new EObjectContainmentEList<LabelSelectorRequirement>(LabelSelectorRequirement.class, this, MetaV1Package.LABEL_SELECTOR__MATCH_EXPRESSIONS);
		}
		return matchExpressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getMatchLabels() {
		if (matchLabels == null) {
			matchLabels = new EcoreEMap<String,String>(MetaV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, MetaV1Package.LABEL_SELECTOR__MATCH_LABELS);
		}
		return matchLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MetaV1Package.LABEL_SELECTOR__MATCH_EXPRESSIONS:
				return ((InternalEList<?>)getMatchExpressions()).basicRemove(otherEnd, msgs);
			case MetaV1Package.LABEL_SELECTOR__MATCH_LABELS:
				return ((InternalEList<?>)getMatchLabels()).basicRemove(otherEnd, msgs);
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
			case MetaV1Package.LABEL_SELECTOR__MATCH_EXPRESSIONS:
				return getMatchExpressions();
			case MetaV1Package.LABEL_SELECTOR__MATCH_LABELS:
				if (coreType) return getMatchLabels();
				else return getMatchLabels().map();
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
			case MetaV1Package.LABEL_SELECTOR__MATCH_EXPRESSIONS:
				getMatchExpressions().clear();
				getMatchExpressions().addAll((Collection<? extends LabelSelectorRequirement>)newValue);
				return;
			case MetaV1Package.LABEL_SELECTOR__MATCH_LABELS:
				((EStructuralFeature.Setting)getMatchLabels()).set(newValue);
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
			case MetaV1Package.LABEL_SELECTOR__MATCH_EXPRESSIONS:
				getMatchExpressions().clear();
				return;
			case MetaV1Package.LABEL_SELECTOR__MATCH_LABELS:
				getMatchLabels().clear();
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
			case MetaV1Package.LABEL_SELECTOR__MATCH_EXPRESSIONS:
				return matchExpressions != null && !matchExpressions.isEmpty();
			case MetaV1Package.LABEL_SELECTOR__MATCH_LABELS:
				return matchLabels != null && !matchLabels.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LabelSelectorImpl
