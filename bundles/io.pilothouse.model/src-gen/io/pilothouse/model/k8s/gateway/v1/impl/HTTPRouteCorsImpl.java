/**
 */
package io.pilothouse.model.k8s.gateway.v1.impl;

import io.pilothouse.model.k8s.gateway.v1.GatewayV1Package;
import io.pilothouse.model.k8s.gateway.v1.HTTPRouteCors;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Route Cors</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteCorsImpl#getAllowCredentials <em>Allow Credentials</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteCorsImpl#getAllowHeaders <em>Allow Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteCorsImpl#getAllowMethods <em>Allow Methods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteCorsImpl#getAllowOrigins <em>Allow Origins</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteCorsImpl#getExposeHeaders <em>Expose Headers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.impl.HTTPRouteCorsImpl#getMaxAge <em>Max Age</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteCorsImpl extends MinimalEObjectImpl.Container implements HTTPRouteCors {
	/**
	 * The default value of the '{@link #getAllowCredentials() <em>Allow Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowCredentials()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ALLOW_CREDENTIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllowCredentials() <em>Allow Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowCredentials()
	 * @generated
	 * @ordered
	 */
	protected Boolean allowCredentials = ALLOW_CREDENTIALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowHeaders() <em>Allow Headers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowHeaders()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowHeaders;

	/**
	 * The cached value of the '{@link #getAllowMethods() <em>Allow Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowMethods;

	/**
	 * The cached value of the '{@link #getAllowOrigins() <em>Allow Origins</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowOrigins()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowOrigins;

	/**
	 * The cached value of the '{@link #getExposeHeaders() <em>Expose Headers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExposeHeaders()
	 * @generated
	 * @ordered
	 */
	protected EList<String> exposeHeaders;

	/**
	 * The default value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected Integer maxAge = MAX_AGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteCorsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1Package.Literals.HTTP_ROUTE_CORS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAllowCredentials() {
		return allowCredentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowCredentials(Boolean newAllowCredentials) {
		Boolean oldAllowCredentials = allowCredentials;
		allowCredentials = newAllowCredentials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_CREDENTIALS, oldAllowCredentials, allowCredentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowHeaders() {
		if (allowHeaders == null) {
			allowHeaders = new EDataTypeUniqueEList<String>(String.class, this, GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_HEADERS);
		}
		return allowHeaders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowMethods() {
		if (allowMethods == null) {
			allowMethods = new EDataTypeUniqueEList<String>(String.class, this, GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_METHODS);
		}
		return allowMethods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowOrigins() {
		if (allowOrigins == null) {
			allowOrigins = new EDataTypeUniqueEList<String>(String.class, this, GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_ORIGINS);
		}
		return allowOrigins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExposeHeaders() {
		if (exposeHeaders == null) {
			exposeHeaders = new EDataTypeUniqueEList<String>(String.class, this, GatewayV1Package.HTTP_ROUTE_CORS__EXPOSE_HEADERS);
		}
		return exposeHeaders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxAge() {
		return maxAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAge(Integer newMaxAge) {
		Integer oldMaxAge = maxAge;
		maxAge = newMaxAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1Package.HTTP_ROUTE_CORS__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_CREDENTIALS:
				return getAllowCredentials();
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_HEADERS:
				return getAllowHeaders();
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_METHODS:
				return getAllowMethods();
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_ORIGINS:
				return getAllowOrigins();
			case GatewayV1Package.HTTP_ROUTE_CORS__EXPOSE_HEADERS:
				return getExposeHeaders();
			case GatewayV1Package.HTTP_ROUTE_CORS__MAX_AGE:
				return getMaxAge();
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
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_CREDENTIALS:
				setAllowCredentials((Boolean)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_HEADERS:
				getAllowHeaders().clear();
				getAllowHeaders().addAll((Collection<? extends String>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_METHODS:
				getAllowMethods().clear();
				getAllowMethods().addAll((Collection<? extends String>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_ORIGINS:
				getAllowOrigins().clear();
				getAllowOrigins().addAll((Collection<? extends String>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__EXPOSE_HEADERS:
				getExposeHeaders().clear();
				getExposeHeaders().addAll((Collection<? extends String>)newValue);
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__MAX_AGE:
				setMaxAge((Integer)newValue);
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
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_CREDENTIALS:
				setAllowCredentials(ALLOW_CREDENTIALS_EDEFAULT);
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_HEADERS:
				getAllowHeaders().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_METHODS:
				getAllowMethods().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_ORIGINS:
				getAllowOrigins().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__EXPOSE_HEADERS:
				getExposeHeaders().clear();
				return;
			case GatewayV1Package.HTTP_ROUTE_CORS__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
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
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_CREDENTIALS:
				return ALLOW_CREDENTIALS_EDEFAULT == null ? allowCredentials != null : !ALLOW_CREDENTIALS_EDEFAULT.equals(allowCredentials);
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_HEADERS:
				return allowHeaders != null && !allowHeaders.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_METHODS:
				return allowMethods != null && !allowMethods.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_CORS__ALLOW_ORIGINS:
				return allowOrigins != null && !allowOrigins.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_CORS__EXPOSE_HEADERS:
				return exposeHeaders != null && !exposeHeaders.isEmpty();
			case GatewayV1Package.HTTP_ROUTE_CORS__MAX_AGE:
				return MAX_AGE_EDEFAULT == null ? maxAge != null : !MAX_AGE_EDEFAULT.equals(maxAge);
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
		result.append(" (allowCredentials: ");
		result.append(allowCredentials);
		result.append(", allowHeaders: ");
		result.append(allowHeaders);
		result.append(", allowMethods: ");
		result.append(allowMethods);
		result.append(", allowOrigins: ");
		result.append(allowOrigins);
		result.append(", exposeHeaders: ");
		result.append(exposeHeaders);
		result.append(", maxAge: ");
		result.append(maxAge);
		result.append(')');
		return result.toString();
	}

} //HTTPRouteCorsImpl
