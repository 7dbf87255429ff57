/**
 */
package io.pilothouse.model.k8s.discovery.v1.impl;

import io.pilothouse.model.k8s.discovery.v1.DiscoveryV1Package;
import io.pilothouse.model.k8s.discovery.v1.EndpointHints;
import io.pilothouse.model.k8s.discovery.v1.ForNode;
import io.pilothouse.model.k8s.discovery.v1.ForZone;

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
 * An implementation of the model object '<em><b>Endpoint Hints</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointHintsImpl#getForNodes <em>For Nodes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.discovery.v1.impl.EndpointHintsImpl#getForZones <em>For Zones</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointHintsImpl extends MinimalEObjectImpl.Container implements EndpointHints {
	/**
	 * The cached value of the '{@link #getForNodes() <em>For Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<ForNode> forNodes;

	/**
	 * The cached value of the '{@link #getForZones() <em>For Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForZones()
	 * @generated
	 * @ordered
	 */
	protected EList<ForZone> forZones;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointHintsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiscoveryV1Package.Literals.ENDPOINT_HINTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ForNode> getForNodes() {
		if (forNodes == null) {
			forNodes = new EObjectContainmentEList<ForNode>(ForNode.class, this, DiscoveryV1Package.ENDPOINT_HINTS__FOR_NODES);
		}
		return forNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ForZone> getForZones() {
		if (forZones == null) {
			forZones = new EObjectContainmentEList<ForZone>(ForZone.class, this, DiscoveryV1Package.ENDPOINT_HINTS__FOR_ZONES);
		}
		return forZones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_NODES:
				return ((InternalEList<?>)getForNodes()).basicRemove(otherEnd, msgs);
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_ZONES:
				return ((InternalEList<?>)getForZones()).basicRemove(otherEnd, msgs);
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
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_NODES:
				return getForNodes();
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_ZONES:
				return getForZones();
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
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_NODES:
				getForNodes().clear();
				getForNodes().addAll((Collection<? extends ForNode>)newValue);
				return;
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_ZONES:
				getForZones().clear();
				getForZones().addAll((Collection<? extends ForZone>)newValue);
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
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_NODES:
				getForNodes().clear();
				return;
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_ZONES:
				getForZones().clear();
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
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_NODES:
				return forNodes != null && !forNodes.isEmpty();
			case DiscoveryV1Package.ENDPOINT_HINTS__FOR_ZONES:
				return forZones != null && !forZones.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //EndpointHintsImpl
