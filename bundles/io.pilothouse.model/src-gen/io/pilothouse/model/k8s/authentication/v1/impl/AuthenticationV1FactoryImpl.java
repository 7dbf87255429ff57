/**
 */
package io.pilothouse.model.k8s.authentication.v1.impl;

import io.pilothouse.model.k8s.authentication.v1.*;

import java.util.Map;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AuthenticationV1FactoryImpl extends EFactoryImpl implements AuthenticationV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AuthenticationV1Factory init() {
		try {
			AuthenticationV1Factory theAuthenticationV1Factory = (AuthenticationV1Factory)EPackage.Registry.INSTANCE.getEFactory(AuthenticationV1Package.eNS_URI);
			if (theAuthenticationV1Factory != null) {
				return theAuthenticationV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AuthenticationV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthenticationV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AuthenticationV1Package.BOUND_OBJECT_REFERENCE: return createBoundObjectReference();
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW: return createSelfSubjectReview();
			case AuthenticationV1Package.SELF_SUBJECT_REVIEW_STATUS: return createSelfSubjectReviewStatus();
			case AuthenticationV1Package.TOKEN_REQUEST: return createTokenRequest();
			case AuthenticationV1Package.TOKEN_REQUEST_SPEC: return createTokenRequestSpec();
			case AuthenticationV1Package.TOKEN_REQUEST_STATUS: return createTokenRequestStatus();
			case AuthenticationV1Package.TOKEN_REVIEW: return createTokenReview();
			case AuthenticationV1Package.TOKEN_REVIEW_SPEC: return createTokenReviewSpec();
			case AuthenticationV1Package.TOKEN_REVIEW_STATUS: return createTokenReviewStatus();
			case AuthenticationV1Package.USER_INFO: return createUserInfo();
			case AuthenticationV1Package.STRING_LIST_MAP_ENTRY: return (EObject)createStringListMapEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundObjectReference createBoundObjectReference() {
		BoundObjectReferenceImpl boundObjectReference = new BoundObjectReferenceImpl();
		return boundObjectReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectReview createSelfSubjectReview() {
		SelfSubjectReviewImpl selfSubjectReview = new SelfSubjectReviewImpl();
		return selfSubjectReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelfSubjectReviewStatus createSelfSubjectReviewStatus() {
		SelfSubjectReviewStatusImpl selfSubjectReviewStatus = new SelfSubjectReviewStatusImpl();
		return selfSubjectReviewStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenRequest createTokenRequest() {
		TokenRequestImpl tokenRequest = new TokenRequestImpl();
		return tokenRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenRequestSpec createTokenRequestSpec() {
		TokenRequestSpecImpl tokenRequestSpec = new TokenRequestSpecImpl();
		return tokenRequestSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenRequestStatus createTokenRequestStatus() {
		TokenRequestStatusImpl tokenRequestStatus = new TokenRequestStatusImpl();
		return tokenRequestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenReview createTokenReview() {
		TokenReviewImpl tokenReview = new TokenReviewImpl();
		return tokenReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenReviewSpec createTokenReviewSpec() {
		TokenReviewSpecImpl tokenReviewSpec = new TokenReviewSpecImpl();
		return tokenReviewSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TokenReviewStatus createTokenReviewStatus() {
		TokenReviewStatusImpl tokenReviewStatus = new TokenReviewStatusImpl();
		return tokenReviewStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserInfo createUserInfo() {
		UserInfoImpl userInfo = new UserInfoImpl();
		return userInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, EList<String>> createStringListMapEntry() {
		StringListMapEntryImpl stringListMapEntry = new StringListMapEntryImpl();
		return stringListMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthenticationV1Package getAuthenticationV1Package() {
		return (AuthenticationV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AuthenticationV1Package getPackage() {
		return AuthenticationV1Package.eINSTANCE;
	}

} //AuthenticationV1FactoryImpl
