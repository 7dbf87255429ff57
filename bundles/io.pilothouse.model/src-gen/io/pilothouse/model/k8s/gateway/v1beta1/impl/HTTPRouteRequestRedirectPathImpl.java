/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;
import io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteRequestRedirectPath;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Route Request Redirect Path</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl#getReplaceFullPath <em>Replace Full Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl#getReplacePrefixMatch <em>Replace Prefix Match</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteRequestRedirectPathImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteRequestRedirectPathImpl extends MinimalEObjectImpl.Container implements HTTPRouteRequestRedirectPath {
	/**
	 * The default value of the '{@link #getReplaceFullPath() <em>Replace Full Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplaceFullPath()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLACE_FULL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplaceFullPath() <em>Replace Full Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplaceFullPath()
	 * @generated
	 * @ordered
	 */
	protected String replaceFullPath = REPLACE_FULL_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplacePrefixMatch() <em>Replace Prefix Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacePrefixMatch()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLACE_PREFIX_MATCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplacePrefixMatch() <em>Replace Prefix Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacePrefixMatch()
	 * @generated
	 * @ordered
	 */
	protected String replacePrefixMatch = REPLACE_PREFIX_MATCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteRequestRedirectPathImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.HTTP_ROUTE_REQUEST_REDIRECT_PATH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplaceFullPath() {
		return replaceFullPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplaceFullPath(String newReplaceFullPath) {
		String oldReplaceFullPath = replaceFullPath;
		replaceFullPath = newReplaceFullPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH, oldReplaceFullPath, replaceFullPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplacePrefixMatch() {
		return replacePrefixMatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacePrefixMatch(String newReplacePrefixMatch) {
		String oldReplacePrefixMatch = replacePrefixMatch;
		replacePrefixMatch = newReplacePrefixMatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH, oldReplacePrefixMatch, replacePrefixMatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH:
				return getReplaceFullPath();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH:
				return getReplacePrefixMatch();
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE:
				return getType();
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
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH:
				setReplaceFullPath((String)newValue);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH:
				setReplacePrefixMatch((String)newValue);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE:
				setType((String)newValue);
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
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH:
				setReplaceFullPath(REPLACE_FULL_PATH_EDEFAULT);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH:
				setReplacePrefixMatch(REPLACE_PREFIX_MATCH_EDEFAULT);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE:
				setType(TYPE_EDEFAULT);
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
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_FULL_PATH:
				return REPLACE_FULL_PATH_EDEFAULT == null ? replaceFullPath != null : !REPLACE_FULL_PATH_EDEFAULT.equals(replaceFullPath);
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__REPLACE_PREFIX_MATCH:
				return REPLACE_PREFIX_MATCH_EDEFAULT == null ? replacePrefixMatch != null : !REPLACE_PREFIX_MATCH_EDEFAULT.equals(replacePrefixMatch);
			case GatewayV1beta1Package.HTTP_ROUTE_REQUEST_REDIRECT_PATH__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (replaceFullPath: ");
		result.append(replaceFullPath);
		result.append(", replacePrefixMatch: ");
		result.append(replacePrefixMatch);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //HTTPRouteRequestRedirectPathImpl
