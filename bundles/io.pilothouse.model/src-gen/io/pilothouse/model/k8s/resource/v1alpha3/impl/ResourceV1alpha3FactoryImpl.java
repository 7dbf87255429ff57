/**
 */
package io.pilothouse.model.k8s.resource.v1alpha3.impl;

import io.pilothouse.model.k8s.resource.v1alpha3.*;

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
public class ResourceV1alpha3FactoryImpl extends EFactoryImpl implements ResourceV1alpha3Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ResourceV1alpha3Factory init() {
		try {
			ResourceV1alpha3Factory theResourceV1alpha3Factory = (ResourceV1alpha3Factory)EPackage.Registry.INSTANCE.getEFactory(ResourceV1alpha3Package.eNS_URI);
			if (theResourceV1alpha3Factory != null) {
				return theResourceV1alpha3Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ResourceV1alpha3FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceV1alpha3FactoryImpl() {
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
			case ResourceV1alpha3Package.DEVICE_TAINT: return createDeviceTaint();
			case ResourceV1alpha3Package.DEVICE_TAINT_RULE: return createDeviceTaintRule();
			case ResourceV1alpha3Package.DEVICE_TAINT_RULE_LIST: return createDeviceTaintRuleList();
			case ResourceV1alpha3Package.DEVICE_TAINT_RULE_SPEC: return createDeviceTaintRuleSpec();
			case ResourceV1alpha3Package.DEVICE_TAINT_RULE_STATUS: return createDeviceTaintRuleStatus();
			case ResourceV1alpha3Package.DEVICE_TAINT_SELECTOR: return createDeviceTaintSelector();
			case ResourceV1alpha3Package.POOL_STATUS: return createPoolStatus();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST: return createResourcePoolStatusRequest();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_LIST: return createResourcePoolStatusRequestList();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_SPEC: return createResourcePoolStatusRequestSpec();
			case ResourceV1alpha3Package.RESOURCE_POOL_STATUS_REQUEST_STATUS: return createResourcePoolStatusRequestStatus();
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
	public DeviceTaint createDeviceTaint() {
		DeviceTaintImpl deviceTaint = new DeviceTaintImpl();
		return deviceTaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaintRule createDeviceTaintRule() {
		DeviceTaintRuleImpl deviceTaintRule = new DeviceTaintRuleImpl();
		return deviceTaintRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaintRuleList createDeviceTaintRuleList() {
		DeviceTaintRuleListImpl deviceTaintRuleList = new DeviceTaintRuleListImpl();
		return deviceTaintRuleList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaintRuleSpec createDeviceTaintRuleSpec() {
		DeviceTaintRuleSpecImpl deviceTaintRuleSpec = new DeviceTaintRuleSpecImpl();
		return deviceTaintRuleSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaintRuleStatus createDeviceTaintRuleStatus() {
		DeviceTaintRuleStatusImpl deviceTaintRuleStatus = new DeviceTaintRuleStatusImpl();
		return deviceTaintRuleStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTaintSelector createDeviceTaintSelector() {
		DeviceTaintSelectorImpl deviceTaintSelector = new DeviceTaintSelectorImpl();
		return deviceTaintSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolStatus createPoolStatus() {
		PoolStatusImpl poolStatus = new PoolStatusImpl();
		return poolStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePoolStatusRequest createResourcePoolStatusRequest() {
		ResourcePoolStatusRequestImpl resourcePoolStatusRequest = new ResourcePoolStatusRequestImpl();
		return resourcePoolStatusRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePoolStatusRequestList createResourcePoolStatusRequestList() {
		ResourcePoolStatusRequestListImpl resourcePoolStatusRequestList = new ResourcePoolStatusRequestListImpl();
		return resourcePoolStatusRequestList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePoolStatusRequestSpec createResourcePoolStatusRequestSpec() {
		ResourcePoolStatusRequestSpecImpl resourcePoolStatusRequestSpec = new ResourcePoolStatusRequestSpecImpl();
		return resourcePoolStatusRequestSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourcePoolStatusRequestStatus createResourcePoolStatusRequestStatus() {
		ResourcePoolStatusRequestStatusImpl resourcePoolStatusRequestStatus = new ResourcePoolStatusRequestStatusImpl();
		return resourcePoolStatusRequestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceV1alpha3Package getResourceV1alpha3Package() {
		return (ResourceV1alpha3Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ResourceV1alpha3Package getPackage() {
		return ResourceV1alpha3Package.eINSTANCE;
	}

} //ResourceV1alpha3FactoryImpl
