/**
 */
package io.pilothouse.model.k8s.networking.v1beta1.impl;

import io.pilothouse.model.k8s.networking.v1beta1.*;

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
public class NetworkingV1beta1FactoryImpl extends EFactoryImpl implements NetworkingV1beta1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NetworkingV1beta1Factory init() {
		try {
			NetworkingV1beta1Factory theNetworkingV1beta1Factory = (NetworkingV1beta1Factory)EPackage.Registry.INSTANCE.getEFactory(NetworkingV1beta1Package.eNS_URI);
			if (theNetworkingV1beta1Factory != null) {
				return theNetworkingV1beta1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NetworkingV1beta1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkingV1beta1FactoryImpl() {
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
			case NetworkingV1beta1Package.IP_ADDRESS: return createIPAddress();
			case NetworkingV1beta1Package.IP_ADDRESS_LIST: return createIPAddressList();
			case NetworkingV1beta1Package.IP_ADDRESS_SPEC: return createIPAddressSpec();
			case NetworkingV1beta1Package.PARENT_REFERENCE: return createParentReference();
			case NetworkingV1beta1Package.SERVICE_CIDR: return createServiceCIDR();
			case NetworkingV1beta1Package.SERVICE_CIDR_LIST: return createServiceCIDRList();
			case NetworkingV1beta1Package.SERVICE_CIDR_SPEC: return createServiceCIDRSpec();
			case NetworkingV1beta1Package.SERVICE_CIDR_STATUS: return createServiceCIDRStatus();
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
	public IPAddress createIPAddress() {
		IPAddressImpl ipAddress = new IPAddressImpl();
		return ipAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPAddressList createIPAddressList() {
		IPAddressListImpl ipAddressList = new IPAddressListImpl();
		return ipAddressList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IPAddressSpec createIPAddressSpec() {
		IPAddressSpecImpl ipAddressSpec = new IPAddressSpecImpl();
		return ipAddressSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParentReference createParentReference() {
		ParentReferenceImpl parentReference = new ParentReferenceImpl();
		return parentReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDR createServiceCIDR() {
		ServiceCIDRImpl serviceCIDR = new ServiceCIDRImpl();
		return serviceCIDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDRList createServiceCIDRList() {
		ServiceCIDRListImpl serviceCIDRList = new ServiceCIDRListImpl();
		return serviceCIDRList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDRSpec createServiceCIDRSpec() {
		ServiceCIDRSpecImpl serviceCIDRSpec = new ServiceCIDRSpecImpl();
		return serviceCIDRSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCIDRStatus createServiceCIDRStatus() {
		ServiceCIDRStatusImpl serviceCIDRStatus = new ServiceCIDRStatusImpl();
		return serviceCIDRStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkingV1beta1Package getNetworkingV1beta1Package() {
		return (NetworkingV1beta1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NetworkingV1beta1Package getPackage() {
		return NetworkingV1beta1Package.eINSTANCE;
	}

} //NetworkingV1beta1FactoryImpl
