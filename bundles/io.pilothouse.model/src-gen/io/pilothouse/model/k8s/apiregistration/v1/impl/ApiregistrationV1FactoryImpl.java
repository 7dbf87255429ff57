/**
 */
package io.pilothouse.model.k8s.apiregistration.v1.impl;

import io.pilothouse.model.k8s.apiregistration.v1.*;

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
public class ApiregistrationV1FactoryImpl extends EFactoryImpl implements ApiregistrationV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ApiregistrationV1Factory init() {
		try {
			ApiregistrationV1Factory theApiregistrationV1Factory = (ApiregistrationV1Factory)EPackage.Registry.INSTANCE.getEFactory(ApiregistrationV1Package.eNS_URI);
			if (theApiregistrationV1Factory != null) {
				return theApiregistrationV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ApiregistrationV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApiregistrationV1FactoryImpl() {
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
			case ApiregistrationV1Package.API_SERVICE: return createAPIService();
			case ApiregistrationV1Package.API_SERVICE_CONDITION: return createAPIServiceCondition();
			case ApiregistrationV1Package.API_SERVICE_LIST: return createAPIServiceList();
			case ApiregistrationV1Package.API_SERVICE_SPEC: return createAPIServiceSpec();
			case ApiregistrationV1Package.API_SERVICE_STATUS: return createAPIServiceStatus();
			case ApiregistrationV1Package.SERVICE_REFERENCE: return createServiceReference();
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
	public APIService createAPIService() {
		APIServiceImpl apiService = new APIServiceImpl();
		return apiService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIServiceCondition createAPIServiceCondition() {
		APIServiceConditionImpl apiServiceCondition = new APIServiceConditionImpl();
		return apiServiceCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIServiceList createAPIServiceList() {
		APIServiceListImpl apiServiceList = new APIServiceListImpl();
		return apiServiceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIServiceSpec createAPIServiceSpec() {
		APIServiceSpecImpl apiServiceSpec = new APIServiceSpecImpl();
		return apiServiceSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIServiceStatus createAPIServiceStatus() {
		APIServiceStatusImpl apiServiceStatus = new APIServiceStatusImpl();
		return apiServiceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceReference createServiceReference() {
		ServiceReferenceImpl serviceReference = new ServiceReferenceImpl();
		return serviceReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiregistrationV1Package getApiregistrationV1Package() {
		return (ApiregistrationV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ApiregistrationV1Package getPackage() {
		return ApiregistrationV1Package.eINSTANCE;
	}

} //ApiregistrationV1FactoryImpl
