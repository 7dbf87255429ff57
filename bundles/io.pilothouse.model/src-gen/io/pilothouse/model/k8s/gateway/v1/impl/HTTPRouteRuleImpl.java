/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteFilter;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteMatch;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRule;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteRuleBackendRef;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteTimeouts;

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
 * An implementation of the model object '<em><b>HTTP Route Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRuleImpl#getBackendRefs <em>Backend Refs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRuleImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRuleImpl#getMatches <em>Matches</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteRuleImpl#getTimeouts <em>Timeouts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteRuleImpl extends MinimalEObjectImpl.Container implements HTTPRouteRule {
	/**
	 * The cached value of the '{@link #getBackendRefs() <em>Backend Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<HTTPRouteRuleBackendRef> backendRefs;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<HTTPRouteFilter> filters;

	/**
	 * The cached value of the '{@link #getMatches() <em>Matches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatches()
	 * @generated
	 * @ordered
	 */
	protected EList<HTTPRouteMatch> matches;

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
	 * The cached value of the '{@link #getTimeouts() <em>Timeouts</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeouts()
	 * @generated
	 * @ordered
	 */
	protected HTTPRouteTimeouts timeouts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.HTTP_ROUTE_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HTTPRouteRuleBackendRef> getBackendRefs() {
		if (backendRefs == null) {
			backendRefs = new EObjectContainmentEList<HTTPRouteRuleBackendRef>(HTTPRouteRuleBackendRef.class, this, GatewayV1Package.HTTP_ROUTE_RULE__BACKEND_REFS);
		}
		return backendRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HTTPRouteFilter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<HTTPRouteFilter>(HTTPRouteFilter.class, this, GatewayV1Package.HTTP_ROUTE_RULE__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HTTPRouteMatch> getMatches() {
		if (matches == null) {
			matches = new EObjectContainmentEList<HTTPRouteMatch>(HTTPRouteMatch.class, this, GatewayV1Package.HTTP_ROUTE_RULE__MATCHES);
		}
		return matches;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_RULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HTTPRouteTimeouts getTimeouts() {
		return timeouts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeouts(HTTPRouteTimeouts newTimeouts, NotificationChain msgs) {
		HTTPRouteTimeouts oldTimeouts = timeouts;
		timeouts = newTimeouts;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS, oldTimeouts, newTimeouts);
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
	public void setTimeouts(HTTPRouteTimeouts newTimeouts) {
		if (newTimeouts != timeouts) {
			NotificationChain msgs = null;
			if (timeouts != null)
				msgs = ((InternalEObject)timeouts).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS, null, msgs);
			if (newTimeouts != null)
				msgs = ((InternalEObject)newTimeouts).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS, null, msgs);
			msgs = basicSetTimeouts(newTimeouts, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS, newTimeouts, newTimeouts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1Package.HTTP_ROUTE_RULE__BACKEND_REFS:
				return ((InternalEList<?>)getBackendRefs()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.HTTP_ROUTE_RULE__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.HTTP_ROUTE_RULE__MATCHES:
				return ((InternalEList<?>)getMatches()).basicRemove(otherEnd, msgs);
			case GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS:
				return basicSetTimeouts(null, msgs);
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
			case GatewayV1Package.HTTP_ROUTE_RULE__BACKEND_REFS:
				return getBackendRefs();
			case GatewayV1Package.HTTP_ROUTE_RULE__FILTERS:
				return getFilters();
			case GatewayV1Package.HTTP_ROUTE_RULE__MATCHES:
				return getMatches();
			case GatewayV1Package.HTTP_ROUTE_RULE__NAME:
				return getName();
			case GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS:
				return getTimeouts();
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
			case GatewayV1Package.HTTP_ROUTE_RULE__BACKEND_REFS:
				getBackendRefs().clear();
				getBackendRefs().addAll((Collection<? extends HTTPRouteRuleBackendRef>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends HTTPRouteFilter>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__MATCHES:
				getMatches().clear();
				getMatches().addAll((Collection<? extends HTTPRouteMatch>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__NAME:
				setName((String)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS:
				setTimeouts((HTTPRouteTimeouts)newValue);
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
			case GatewayV1Package.HTTP_ROUTE_RULE__BACKEND_REFS:
				getBackendRefs().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__FILTERS:
				getFilters().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__MATCHES:
				getMatches().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS:
				setTimeouts((HTTPRouteTimeouts)null);
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
			case GatewayV1Package.HTTP_ROUTE_RULE__BACKEND_REFS:
				return backendRefs != null && !backendRefs.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_RULE__FILTERS:
				return filters != null && !filters.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_RULE__MATCHES:
				return matches != null && !matches.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GatewayV1Package.HTTP_ROUTE_RULE__TIMEOUTS:
				return timeouts != null;
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
		result.append(')');
		return result.toString();
	}

} //HTTPRouteRuleImpl
